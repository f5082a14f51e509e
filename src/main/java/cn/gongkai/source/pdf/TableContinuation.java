package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a table that a page break cut in two. When a page ends with a table and the next page starts with a
 * table of the same width, the cells of the next page's first row that only continue a cell of the previous
 * page are joined to it: a merged label cell whose text went on over the break (淮安 2024: "（四）无" + "法提供"),
 * an empty continuation of a merged group cell, or a whole row split by the break. Header rows repeated at the
 * top of the page are passed over.
 */
final class TableContinuation {
    /** A cell starting with an item marker such as （五）, 1. or 三、 is a new cell, never a continuation. */
    private static final Pattern ITEM_MARKER = Pattern.compile("^[（(]?[一二三四五六七八九十0-9０-９]{1,3}[）)、.．]");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?[0-9０-９][0-9０-９,.，．]*$");

    private TableContinuation() {
    }

    /** Joins cut cells between consecutive pages, in place. */
    static void join(List<List<PageBlock>> pages) {
        Set<String> rowsSeen = new HashSet<>();
        for (int p = 1; p < pages.size(); p++) {
            for (PageBlock b : pages.get(p - 1)) {
                if (b.isRow()) {
                    rowsSeen.add(b.text());
                }
            }
            PageBlock last = lastRow(pages.get(p - 1));
            PageBlock first = firstRow(pages.get(p));
            if (last == null || first == null || first.gridRow() != 0) {
                continue;
            }
            first = afterRepeatedHeader(pages.get(p), first, rowsSeen);
            TableGrid before = last.table();
            TableGrid after = first.table();
            if (Math.abs(before.left() - after.left()) > 3 || Math.abs(before.right() - after.right()) > 3) {
                continue;
            }
            List<RowCell> open = openCells(pages.get(p - 1), before);
            joinMergedCells(first, open);
            joinSplitRow(first, open);
        }
    }

    /**
     * The first row after the header rows that Word repeats at the top of each page (rows printed before,
     * without a number); the cut cells continue there.
     */
    private static PageBlock afterRepeatedHeader(List<PageBlock> page, PageBlock first, Set<String> rowsSeen) {
        int i = page.indexOf(first);
        while (i + 1 < page.size() && page.get(i + 1).table() == first.table() && rowsSeen.contains(page.get(i).text())
                && page.get(i).cells().stream().noneMatch(c -> NUMBER.matcher(c.text()).matches())) {
            i++;
        }
        return page.get(i);
    }

    /** Cells reaching the bottom of the table on the page, from the rows where they start. */
    private static List<RowCell> openCells(List<PageBlock> page, TableGrid table) {
        List<RowCell> open = new ArrayList<>();
        for (PageBlock b : page) {
            if (b.table() == table) {
                for (RowCell c : b.cells()) {
                    if (c.cell().row1() == table.rowCount() - 1) {
                        open.add(c);
                    }
                }
            }
        }
        return open;
    }

    /**
     * Joins the cells of the first row that continue a cell cut by the page break: an empty cell under a cell
     * merged over several rows, and label text going on from a cell whose last line was full. Once a label
     * went on, the row is the rest of a cut header or group row, so its empty cells under text cells are
     * continuations too; an empty cell under a number is a blank cell of a new row and stays.
     */
    private static void joinMergedCells(PageBlock first, List<RowCell> open) {
        List<RowCell> cells = first.cells();
        boolean textWentOn = false;
        for (int i = cells.size() - 1; i >= 0; i--) {
            RowCell c = cells.get(i);
            RowCell above = match(open, c);
            if (above == null) {
                continue;
            }
            if (c.text().isEmpty()) {
                if (c.cell().rowSpan() >= 2 || above.cell().rowSpan() >= 2) {
                    cells.remove(i);
                }
            } else if (isLabel(c.text()) && !ITEM_MARKER.matcher(c.text()).find() && isLabel(above.text())
                    && above.lastLineFull()) {
                above.append(c.text());
                cells.remove(i);
                textWentOn = true;
            }
        }
        if (textWentOn) {
            for (int i = cells.size() - 1; i >= 0; i--) {
                RowCell c = cells.get(i);
                RowCell above = match(open, c);
                if (above != null && c.text().isEmpty() && isLabel(above.text())) {
                    cells.remove(i);
                }
            }
        }
    }

    private static boolean isLabel(String text) {
        return !text.isEmpty() && !NUMBER.matcher(text).matches() && !text.equals("/");
    }

    private static void joinSplitRow(PageBlock first, List<RowCell> open) {
        List<RowCell> cells = first.cells();
        if (cells.isEmpty()) {
            return;
        }
        List<RowCell> aboves = new ArrayList<>();
        boolean cutText = false;
        for (RowCell c : cells) {
            RowCell above = match(open, c);
            if (above == null || aboves.contains(above) || ITEM_MARKER.matcher(c.text()).find()) {
                return;
            }
            boolean bothSet = !c.text().isEmpty() && !above.text().isEmpty();
            if (bothSet && (NUMBER.matcher(c.text()).matches() || NUMBER.matcher(above.text()).matches())) {
                return;
            }
            if (bothSet && above.lastLineFull()) {
                cutText = true;
            }
            aboves.add(above);
        }
        if (!cutText) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            aboves.get(i).append(cells.get(i).text());
        }
        cells.clear();
    }

    private static RowCell match(List<RowCell> open, RowCell c) {
        for (RowCell o : open) {
            if (o.sameColumnsAs(c)) {
                return o;
            }
        }
        return null;
    }

    private static PageBlock lastRow(List<PageBlock> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (page.get(i).isRow()) {
                return page.get(i);
            }
            if (!page.get(i).prose().isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private static PageBlock firstRow(List<PageBlock> page) {
        for (PageBlock b : page) {
            if (b.isRow()) {
                return b;
            }
            if (!b.prose().isEmpty()) {
                return null;
            }
        }
        return null;
    }
}
