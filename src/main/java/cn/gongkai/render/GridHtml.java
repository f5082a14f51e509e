package cn.gongkai.render;

import java.util.List;

/**
 * Writes a {@link Grid} as an HTML table, in Java because a report page has some 300 cells and a template call
 * per cell made the pages stage the slowest part of a build. Every text and attribute is escaped.
 *
 * <p>The markup is kept small, because a portal has thousands of these tables: a data cell ({@code num}) and a
 * header cell ({@code label}) are the defaults and carry no class (the stylesheet styles {@code td} and
 * {@code th}); only the other kinds ({@code na}, {@code unknown}, {@code group}, …) are named. The optional end
 * tags of cells and rows ({@code </td>}, {@code </th>}, {@code </tr>}) are left out, as HTML allows.
 */
final class GridHtml {
    /** The kind of a data cell that needs no class: a number. */
    static final String DEFAULT_TD = "num";
    /** The kind of a header cell that needs no class: a plain label. */
    static final String DEFAULT_TH = "label";

    private GridHtml() {
    }

    static String render(Grid g) {
        int rows = g.head().size() + g.body().size() + g.foot().size();
        PageBuffer sb = PageBuffer.text(256 + rows * g.cols().size() * 24);
        render(sb, g);
        return sb.text();
    }

    static void render(PageBuffer sb, Grid g) {
        render(sb, g, (Runnable) null);
    }

    /**
     * Appends the table. With {@code atDataCell} (for {@link GridSkeleton}), every data cell is written only up to
     * its spans and then {@code atDataCell} runs; the rest of the cell is left out.
     */
    static void render(PageBuffer sb, Grid g, Runnable atDataCell) {
        render(sb, g, atDataCell, null);
    }

    /**
     * Appends the table; a row (the same list object) already written into {@code rowHtml} is copied from there,
     * and each row written is put there: for the tables of one page that show the same rows in other orders.
     */
    static void render(PageBuffer sb, Grid g, java.util.Map<List<GridCell>, Markup> rowHtml) {
        render(sb, g, null, rowHtml);
    }

    private static void render(PageBuffer sb, Grid g, Runnable atDataCell,
                               java.util.Map<List<GridCell>, Markup> rowHtml) {
        sb.append("<div class=\"table-scroll");
        if (g.id() != null) {
            sb.append(" scroll-");
            Html.escape(sb, g.id());
        }
        sb.append("\" role=\"region\" aria-label=\"");
        Html.escape(sb, g.caption());
        sb.append("\" tabindex=\"0\">\n<table");
        if (g.id() != null) {
            sb.append(" id=\"");
            Html.escape(sb, g.id());
            sb.append('"');
        }
        sb.append(g.legend() ? " class=\"data cells\">\n<caption>" : " class=\"data\">\n<caption>");
        Html.escape(sb, g.caption());
        sb.append("</caption>\n");
        rows(sb, "thead", g.head(), false, atDataCell, rowHtml);
        rows(sb, "tbody", g.body(), true, atDataCell, rowHtml);
        rows(sb, "tfoot", g.foot(), false, atDataCell, rowHtml);
        sb.append("</table>\n</div>\n");
    }

    private static final Markup TR = Markup.of("\n<tr>");
    private static final Markup TH = Markup.of("<th");
    private static final Markup TD = Markup.of("<td");
    private static final Markup SCOPE_ROW = Markup.of(" scope=\"row\"");
    private static final Markup SCOPE_COL = Markup.of(" scope=\"col\"");
    private static final Markup ROWSPAN = Markup.of(" rowspan=\"");
    private static final Markup COLSPAN = Markup.of(" colspan=\"");
    private static final Markup CLASS = Markup.of(" class=\"");
    private static final Markup TITLE = Markup.of(" title=\"");
    private static final Markup LINK = Markup.of("><a href=\"");
    private static final Markup LINK_END = Markup.of("</a>");
    private static final Markup SMALL = Markup.of(" <small>");
    private static final Markup SMALL_END = Markup.of("</small>");

    private static void rows(PageBuffer sb, String section, List<List<GridCell>> rows, boolean always,
                             Runnable atDataCell, java.util.Map<List<GridCell>, Markup> rowHtml) {
        if (rows.isEmpty() && !always) {
            return;
        }
        sb.append('<').append(section).append('>');
        for (List<GridCell> row : rows) {
            if (rowHtml != null) {
                Markup done = rowHtml.get(row);
                if (done != null) {
                    sb.append(done);
                    continue;
                }
            }
            long start = sb.mark();
            TR.appendTo(sb);
            for (GridCell c : row) {
                if (atDataCell != null && !c.header()) {
                    cellToSpans(sb, c);
                    atDataCell.run();
                } else {
                    cell(sb, c);
                }
            }
            if (rowHtml != null) {
                rowHtml.put(row, sb.since(start));
            }
        }
        sb.append("\n</").append(section).append(">\n");
    }

    static void cell(PageBuffer sb, GridCell c) {
        cellToSpans(sb, c);
        cellAfterSpans(sb, c);
    }

    /** The start of a cell's tag: {@code <th scope=…} or {@code <td}, and its row and column spans. */
    private static void cellToSpans(PageBuffer sb, GridCell c) {
        if (c.header()) {
            TH.appendTo(sb);
            String scope = c.scope();
            if (scope != null) {
                if (scope.equals("row")) {
                    SCOPE_ROW.appendTo(sb);
                } else if (scope.equals("col")) {
                    SCOPE_COL.appendTo(sb);
                } else {
                    sb.append(" scope=\"").append(scope).append('"');
                }
            }
        } else {
            TD.appendTo(sb);
        }
        if (c.rowspan() > 1) {
            ROWSPAN.appendTo(sb).append(c.rowspan()).append('"');
        }
        if (c.colspan() > 1) {
            COLSPAN.appendTo(sb).append(c.colspan()).append('"');
        }
    }

    /** The rest of a cell: its class (unless the default), title, the end of the tag, text, link and note. */
    static void cellAfterSpans(PageBuffer sb, GridCell c) {
        String kind = c.kind();
        if (kind != null && !kind.equals(c.header() ? DEFAULT_TH : DEFAULT_TD)) {
            Html.escape(CLASS.appendTo(sb), kind);
            sb.append('"');
        }
        if (c.title() != null) {
            Html.escape(TITLE.appendTo(sb), c.title());
            sb.append('"');
        }
        if (c.href() != null) {
            Html.escape(LINK.appendTo(sb), c.href());
            sb.append("\">");
            Html.escape(sb, c.text());
            LINK_END.appendTo(sb);
        } else {
            sb.append('>');
            Html.escape(sb, c.text());
        }
        if (c.note() != null) {
            Html.escape(SMALL.appendTo(sb), c.note());
            SMALL_END.appendTo(sb);
        }
    }
}
