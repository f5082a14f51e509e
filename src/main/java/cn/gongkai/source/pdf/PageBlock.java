package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a page before numbering: a prose line, or a table row whose cells start on that row (cells
 * merged from rows above are left out). A row's cells may still change while cut cells are joined across a
 * page break.
 */
final class PageBlock {
    private final double top;
    private final String prose;
    private final TableGrid table;
    private final int gridRow;
    private final List<RowCell> cells;

    private PageBlock(double top, String prose, TableGrid table, int gridRow, List<RowCell> cells) {
        this.top = top;
        this.prose = prose;
        this.table = table;
        this.gridRow = gridRow;
        this.cells = cells;
    }

    static PageBlock prose(double top, String text) {
        return new PageBlock(top, text, null, -1, List.of());
    }

    static PageBlock row(TableGrid table, int gridRow, List<RowCell> cells) {
        return new PageBlock(table.rowTop(gridRow), null, table, gridRow, new ArrayList<>(cells));
    }

    double top() {
        return top;
    }

    boolean isRow() {
        return table != null;
    }

    String prose() {
        return prose;
    }

    TableGrid table() {
        return table;
    }

    int gridRow() {
        return gridRow;
    }

    List<RowCell> cells() {
        return cells;
    }

    /** The line as the report parser reads it; empty for a row with no text at all. */
    String text() {
        if (!isRow()) {
            return prose;
        }
        if (cells.stream().allMatch(c -> c.text().isEmpty())) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : " | ").append(cells.get(i).text());
        }
        return sb.append(" |").toString();
    }
}
