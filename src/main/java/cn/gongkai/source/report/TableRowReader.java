package cn.gongkai.source.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the table region of a report into rows: label text is collected (labels wrap over several lines, and
 * merged group headers such as {@code 三、本年度办理结果} or {@code （三）不予公开} precede the row label),
 * and the values that follow belong to the row the label names. Values run on over lines (a row's last number
 * wrapped to the next line) until the next label. A line of exactly fifteen values is the review/litigation
 * row, whose header is often garbled or lost.
 */
final class TableRowReader {
    private static final Pattern OTHER_OTHER = Pattern.compile("(^|.*[^\\u4e00-\\u9fff])(3[.、]?)?其他$");
    static final int REVIEW_CELLS = 15;

    private final TableLineReader lineReader = new TableLineReader();

    /** What the region held. */
    record Result(List<RowRead> rows, List<ReviewLine> reviewLines) {
    }

    /** A line holding exactly the fifteen cells of part 四. */
    record ReviewLine(List<CellToken> tokens, boolean exact, String location) {
    }

    Result read(List<NormLine> lines, int from, int to, boolean endsAtEof) {
        List<RowRead> rows = new ArrayList<>();
        List<ReviewLine> review = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        String bufferLocation = null;
        RowTarget target = null;
        String label = null;
        String labelLocation = null;
        List<CellToken> tokens = null;
        boolean exact = true;
        RowTarget previous = null;
        boolean doubleSpaced = doubleSpaced(lines, from, to);
        int blankRun = 0;
        for (int i = from; i < to; i++) {
            NormLine line = lines.get(i);
            if (line.isBlank()) {
                blankRun++;
                continue;
            }
            int blanksBefore = blankRun;
            blankRun = 0;
            if (lineReader.isPageNumber(line.norm())) {
                continue;
            }
            List<TableLineReader.Piece> pieces = lineReader.pieces(line);
            boolean pipeOrTab = line.norm().indexOf('|') >= 0 || line.norm().indexOf('\t') >= 0;
            boolean cellsExact = line.exactCells() && pipeOrTab;
            List<CellToken> lineValues = new ArrayList<>();
            boolean hasText = false;
            for (TableLineReader.Piece p : pieces) {
                if (p.isText()) {
                    hasText = true;
                } else if (!p.empty()) {
                    lineValues.add(new CellToken(p.cell(), line.location(), i));
                }
            }
            if (!hasText && lineValues.size() == REVIEW_CELLS
                    || cellsExact && !hasText && reviewCellsOfExactLine(pieces, line, i) != null) {
                if (tokens != null) {
                    rows.add(new RowRead(target, label, tokens, exact, false, labelLocation));
                    previous = target == null ? previous : target;
                    tokens = null;
                }
                List<CellToken> cells = cellsExact ? reviewCellsOfExactLine(pieces, line, i) : lineValues;
                review.add(new ReviewLine(cells, cellsExact, line.location()));
                buffer.setLength(0);
                continue;
            }
            if (doubleSpaced && !pipeOrTab && !hasText && lineValues.size() == 1 && blanksBefore > 1
                    && (tokens != null || buffer.length() > 0)) {
                // one cell per line, lines double-spaced: each extra blank line is a blank cell before this
                // value (web excerpt 027: six blank cells, then the 总计). Blank is not 0: unknown.
                if (buffer.length() > 0) {
                    if (tokens != null) {
                        rows.add(new RowRead(target, label, tokens, exact, false, labelLocation));
                        previous = target == null ? previous : target;
                    }
                    label = buffer.toString();
                    labelLocation = bufferLocation;
                    target = recognise(label, previous);
                    tokens = new ArrayList<>();
                    exact = false;
                    buffer.setLength(0);
                }
                for (int k = 1; k < blanksBefore; k++) {
                    tokens.add(new CellToken(cn.gongkai.model.Cell.UNKNOWN, line.location(), i));
                }
            }
            for (TableLineReader.Piece p : pieces) {
                if (p.isText()) {
                    if (tokens != null && !tokens.isEmpty()) {
                        rows.add(new RowRead(target, label, tokens, exact, false, labelLocation));
                        previous = target == null ? previous : target;
                        tokens = null;
                    }
                    if (buffer.length() == 0) {
                        bufferLocation = line.location();
                    }
                    buffer.append(p.text());
                    continue;
                }
                if (p.empty() && !cellsExact) {
                    continue;
                }
                if (p.empty() && tokens == null && buffer.length() == 0) {
                    continue;
                }
                if (buffer.length() > 0) {
                    if (p.empty() && !cellsExact) {
                        continue;
                    }
                    if (tokens != null) {
                        rows.add(new RowRead(target, label, tokens, exact, false, labelLocation));
                        previous = target == null ? previous : target;
                    }
                    label = buffer.toString();
                    labelLocation = bufferLocation;
                    target = recognise(label, previous);
                    tokens = new ArrayList<>();
                    exact = true;
                    buffer.setLength(0);
                } else if (tokens == null) {
                    if (p.empty()) {
                        continue;
                    }
                    target = null;
                    label = "";
                    labelLocation = line.location();
                    tokens = new ArrayList<>();
                    exact = true;
                }
                tokens.add(new CellToken(p.empty() ? null : p.cell(), line.location(), i));
                exact &= cellsExact;
            }
        }
        if (tokens != null) {
            rows.add(new RowRead(target, label, tokens, exact, endsAtEof && buffer.length() == 0, labelLocation));
        }
        return new Result(rows, review);
    }

    /** True when most non-blank lines of the region are separated by exactly one blank line. */
    private static boolean doubleSpaced(List<NormLine> lines, int from, int to) {
        int single = 0;
        int other = 0;
        int run = -1;
        for (int i = from; i < to; i++) {
            if (lines.get(i).isBlank()) {
                run = run < 0 ? run : run + 1;
                continue;
            }
            if (run == 1) {
                single++;
            } else if (run >= 0) {
                other++;
            }
            run = 0;
        }
        return single > 2 * other && single >= 10;
    }

    /** The fifteen cells of an exact-cell line with no label, trailing empties dropped, or null. */
    private static List<CellToken> reviewCellsOfExactLine(List<TableLineReader.Piece> pieces, NormLine line, int i) {
        List<CellToken> cells = new ArrayList<>();
        for (TableLineReader.Piece p : pieces) {
            cells.add(new CellToken(p.empty() ? null : p.cell(), line.location(), i));
        }
        while (cells.size() > REVIEW_CELLS && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        while (!cells.isEmpty() && cells.get(0).isEmpty() && cells.size() > REVIEW_CELLS) {
            cells.remove(0);
        }
        boolean anyValue = cells.stream().anyMatch(c -> !c.isEmpty());
        return cells.size() == REVIEW_CELLS && anyValue ? cells : null;
    }

    /** The row a label names: the recognised phrase that ends last in the label text wins. */
    static RowTarget recognise(String label, RowTarget previous) {
        RowTarget best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (RowTarget t : RowTarget.values()) {
            for (String phrase : t.phrases()) {
                int at = label.lastIndexOf(phrase);
                if (at < 0) {
                    continue;
                }
                int end = at + phrase.length();
                if (end > bestEnd || end == bestEnd && phrase.length() > bestLength) {
                    best = t;
                    bestEnd = end;
                    bestLength = phrase.length();
                }
            }
        }
        String tail = label.replaceAll("[)）:：。,，]+$", "");
        if (tail.endsWith("其他") && bestEnd <= tail.length() - 2 && OTHER_OTHER.matcher(tail).matches()
                && (previous == RowTarget.OTHER_FEE_UNPAID || previous == RowTarget.OTHER_NO_CORRECTION
                || tail.endsWith("3.其他") || tail.endsWith("3、其他"))) {
            return RowTarget.OTHER_OTHER;
        }
        return best;
    }
}
