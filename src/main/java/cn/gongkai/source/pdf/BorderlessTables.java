package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds table rows drawn without ruling lines from glyph positions alone. A text line whose glyphs fall
 * into pieces separated by wide gaps, ending in values (numbers or {@code /}), is a table row. Consecutive rows
 * (with wrapped label lines between them) form a block whose value columns are found by clustering the value
 * pieces' x ranges; each glyph of a row then goes to the label or to the column under its centre, and a row
 * with nothing in a column has an empty cell there. When two pieces of one line would fall into the same
 * column, or a glyph falls between columns, the columns are not certain and the lines stay plain text.
 */
final class BorderlessTables {
    /** A gap wider than this many font sizes separates two cells. */
    private static final double CELL_GAP = 1.5;
    /**
     * Digits of one number touch; two numbers in neighbouring narrow cells may be closer than {@link #CELL_GAP}
     * but never closer than this.
     */
    private static final double DIGIT_GAP = 0.6;
    /** How far (points) a glyph centre may stray outside the x range of its column. */
    private static final double COLUMN_SLACK = 1.0;
    private static final Pattern ITEM_MARKER = Pattern.compile("^[（(]?[一二三四五六七八九十0-9０-９]{1,3}[）)、.．]");
    private static final Pattern VALUE = Pattern.compile("^([-+]?[0-9][0-9,]*(\\.[0-9]+)?|/)$");

    private BorderlessTables() {
    }

    /** One piece of a line between wide gaps. */
    private record Piece(String text, double x0, double x1) {
        boolean isValue() {
            return VALUE.matcher(text).matches();
        }
    }

    private record Line(List<Glyph> glyphs, List<Piece> pieces, double top) {
        /** Label pieces then at least one value piece, values to the end. */
        boolean isRow() {
            int firstValue = firstValue();
            if (firstValue == pieces.size()) {
                return false;
            }
            for (int i = firstValue; i < pieces.size(); i++) {
                if (!pieces.get(i).isValue()) {
                    return false;
                }
            }
            return pieces.size() >= 2;
        }

        int firstValue() {
            int i = 0;
            while (i < pieces.size() && !pieces.get(i).isValue()) {
                i++;
            }
            return i;
        }
    }

    /** The page's text lines outside ruled tables, as blocks: table rows as {@code |} lines, the rest prose. */
    static List<PageBlock> blocks(List<List<Glyph>> textLines) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> l : textLines) {
            lines.add(new Line(l, pieces(l), l.stream().mapToDouble(Glyph::top).min().orElse(0)));
        }
        List<PageBlock> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isRow()) {
                addProse(out, lines.get(i));
                i++;
                continue;
            }
            int end = blockEnd(lines, i);
            List<double[]> columns = columns(lines.subList(i, end));
            List<Object> items = new ArrayList<>();
            for (int k = i; k < end; k++) {
                Line line = lines.get(k);
                Row row = columns == null || !line.isRow() ? null : row(line, columns);
                items.add(row == null ? line : row);
            }
            joinCutRows(items);
            for (Object item : items) {
                if (item instanceof Row row) {
                    out.add(PageBlock.prose(row.top, row.text()));
                } else {
                    addProse(out, (Line) item);
                }
            }
            i = end;
        }
        return out;
    }

    /** A table row being rebuilt: label cells and one text per value column ("" where empty). */
    private static final class Row {
        private final double top;
        private final List<String> label;
        private final String[] values;

        Row(double top, List<String> label, String[] values) {
            this.top = top;
            this.label = new ArrayList<>(label);
            this.values = values;
        }

        boolean isPartial() {
            for (String v : values) {
                if (v.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        boolean sharesColumnWith(Row other) {
            for (int c = 0; c < values.length; c++) {
                if (!values[c].isEmpty() && !other.values[c].isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        String text() {
            List<String> cells = new ArrayList<>(label);
            cells.addAll(List.of(values));
            return String.join(" | ", cells) + " |";
        }
    }

    /**
     * Joins a row whose values sit on two lines (a tall row whose total is on its first line and the other
     * values centred on a later one): two partial rows next to each other, filling different columns, the
     * second without a label of its own or with label text that only goes on (no item marker like 2.).
     */
    private static void joinCutRows(List<Object> items) {
        Row previous = null;
        int labelLinesBetween = 0;
        for (int k = 0; k < items.size(); k++) {
            Object item = items.get(k);
            if (!(item instanceof Row row)) {
                labelLinesBetween++;
                continue;
            }
            if (previous != null && labelLinesBetween <= 2 && previous.isPartial() && row.isPartial()
                    && !row.sharesColumnWith(previous)
                    && (row.label.isEmpty() || !ITEM_MARKER.matcher(row.label.get(0)).find())) {
                for (int c = 0; c < row.values.length; c++) {
                    if (!row.values[c].isEmpty()) {
                        previous.values[c] = row.values[c];
                    }
                }
                if (!row.label.isEmpty()) {
                    int last = previous.label.size() - 1;
                    String more = String.join("", row.label);
                    if (last < 0) {
                        previous.label.add(more);
                    } else {
                        previous.label.set(last, previous.label.get(last) + more);
                    }
                }
                items.remove(k);
                k--;
                previous = null;
            } else {
                previous = row;
            }
            labelLinesBetween = 0;
        }
    }

    /** The end (exclusive) of the block of rows starting at {@code start}; single-piece label lines may sit between rows. */
    private static int blockEnd(List<Line> lines, int start) {
        int end = start + 1;
        int k = start + 1;
        while (k < lines.size()) {
            Line line = lines.get(k);
            if (line.isRow()) {
                end = k + 1;
            } else if (line.pieces().size() != 1 || k - end >= 3) {
                break;
            }
            k++;
        }
        return end;
    }

    /** The value columns of a block as x ranges, left to right, or null if they are not consistent. */
    private static List<double[]> columns(List<Line> block) {
        List<double[]> cols = new ArrayList<>();
        List<List<Integer>> linesIn = new ArrayList<>();
        for (int li = 0; li < block.size(); li++) {
            Line line = block.get(li);
            if (!line.isRow()) {
                continue;
            }
            for (int p = line.firstValue(); p < line.pieces().size(); p++) {
                Piece piece = line.pieces().get(p);
                int hit = -1;
                for (int c = 0; c < cols.size(); c++) {
                    double[] col = cols.get(c);
                    if (piece.x0() <= col[1] && piece.x1() >= col[0]) {
                        if (hit >= 0) {
                            return null;
                        }
                        hit = c;
                    }
                }
                if (hit < 0) {
                    cols.add(new double[] {piece.x0(), piece.x1()});
                    linesIn.add(new ArrayList<>(List.of(li)));
                } else {
                    if (linesIn.get(hit).contains(li)) {
                        return null;
                    }
                    double[] col = cols.get(hit);
                    col[0] = Math.min(col[0], piece.x0());
                    col[1] = Math.max(col[1], piece.x1());
                    linesIn.get(hit).add(li);
                }
            }
        }
        // Some row must fill every column: otherwise a column may come from values that do not line up.
        int widest = 0;
        for (Line line : block) {
            if (line.isRow()) {
                widest = Math.max(widest, line.pieces().size() - line.firstValue());
            }
        }
        if (widest != cols.size()) {
            return null;
        }
        cols.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int c = 1; c < cols.size(); c++) {
            if (cols.get(c)[0] <= cols.get(c - 1)[1]) {
                return null;
            }
        }
        return cols;
    }

    /**
     * The row of a {@code |} line: glyphs left of the first column are the label (split into cells at wide
     * gaps), the others go to the column under their centre. Null if a glyph falls between columns or a column
     * holds something that is not a value: then the line stays plain text.
     */
    private static Row row(Line line, List<double[]> columns) {
        double labelEnd = columns.get(0)[0] - COLUMN_SLACK;
        List<Glyph> label = new ArrayList<>();
        List<List<Glyph>> values = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            values.add(new ArrayList<>());
        }
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            if (g.centerX() < labelEnd) {
                label.add(g);
                continue;
            }
            int column = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (g.centerX() >= columns.get(c)[0] - COLUMN_SLACK && g.centerX() <= columns.get(c)[1] + COLUMN_SLACK) {
                    column = c;
                }
            }
            if (column < 0) {
                return null;
            }
            values.get(column).add(g);
        }
        List<String> labelCells = new ArrayList<>();
        for (Piece p : pieces(label)) {
            labelCells.add(p.text());
        }
        String[] texts = new String[values.size()];
        for (int c = 0; c < values.size(); c++) {
            texts[c] = TextLines.text(values.get(c)).replace(" ", "");
            if (!texts[c].isEmpty() && !VALUE.matcher(texts[c]).matches()) {
                return null;
            }
        }
        return new Row(line.top(), labelCells, texts);
    }

    private static void addProse(List<PageBlock> out, Line line) {
        String text = TextLines.text(line.glyphs());
        if (!text.isEmpty()) {
            out.add(PageBlock.prose(line.top(), text));
        }
    }

    private static List<Piece> pieces(List<Glyph> line) {
        List<Piece> pieces = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                continue;
            }
            double gap = previous == null ? 0 : g.x() - previous.right();
            double size = previous == null ? 0 : Math.max(g.size(), previous.size());
            if (previous != null && (gap > CELL_GAP * size || (gap > DIGIT_GAP * size && isDigit(previous) && isDigit(g)))) {
                pieces.add(piece(current));
                current = new ArrayList<>();
            }
            current.add(g);
            previous = g;
        }
        if (!current.isEmpty()) {
            pieces.add(piece(current));
        }
        return pieces;
    }

    private static boolean isDigit(Glyph g) {
        char c = g.text().charAt(0);
        return (c >= '0' && c <= '9') || c == '.' || c == '/';
    }

    private static Piece piece(List<Glyph> glyphs) {
        return new Piece(TextLines.text(glyphs).replace(" ", ""), glyphs.get(0).x(),
                glyphs.get(glyphs.size() - 1).right());
    }
}
