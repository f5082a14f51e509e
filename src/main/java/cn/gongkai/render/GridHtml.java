package cn.gongkai.render;

import java.util.List;

/**
 * Writes a {@link Grid} as an HTML table: the same markup the default theme's {@code grid} macro used to
 * produce, written in Java because a report page has some 300 cells and a template call per cell made the
 * pages stage the slowest part of a build. Every text and attribute is escaped.
 */
final class GridHtml {
    private GridHtml() {
    }

    static String render(Grid g) {
        int cells = g.cols().size() * (g.head().size() + g.body().size() + g.foot().size());
        StringBuilder sb = new StringBuilder(256 + cells * 48);
        sb.append("<div class=\"table-scroll");
        if (g.id() != null) {
            sb.append(" scroll-");
            escape(sb, g.id());
        }
        sb.append("\" role=\"region\" aria-label=\"");
        escape(sb, g.caption());
        sb.append("\" tabindex=\"0\">\n<table");
        if (g.id() != null) {
            sb.append(" id=\"");
            escape(sb, g.id());
            sb.append('"');
        }
        sb.append(" class=\"data").append(g.legend() ? " cells" : "").append("\">\n<caption>");
        escape(sb, g.caption());
        sb.append("</caption>\n<colgroup>");
        for (String c : g.cols()) {
            sb.append("<col class=\"");
            escape(sb, c);
            sb.append("\">");
        }
        sb.append("</colgroup>\n");
        rows(sb, "thead", g.head(), false);
        rows(sb, "tbody", g.body(), true);
        rows(sb, "tfoot", g.foot(), false);
        sb.append("</table>\n</div>\n");
        return sb.toString();
    }

    private static void rows(StringBuilder sb, String section, List<List<GridCell>> rows, boolean always) {
        if (rows.isEmpty() && !always) {
            return;
        }
        sb.append('<').append(section).append('>');
        for (List<GridCell> row : rows) {
            sb.append("<tr>");
            for (GridCell c : row) {
                cell(sb, c);
            }
            sb.append("</tr>");
        }
        sb.append("</").append(section).append(">\n");
    }

    private static void cell(StringBuilder sb, GridCell c) {
        String tag = c.header() ? "th" : "td";
        sb.append('<').append(tag);
        if (c.header() && c.scope() != null) {
            sb.append(" scope=\"").append(c.scope()).append('"');
        }
        if (c.rowspan() > 1) {
            sb.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        if (c.colspan() > 1) {
            sb.append(" colspan=\"").append(c.colspan()).append('"');
        }
        sb.append(" class=\"");
        escape(sb, c.kind());
        sb.append('"');
        if (c.title() != null) {
            sb.append(" title=\"");
            escape(sb, c.title());
            sb.append('"');
        }
        sb.append('>');
        if (c.href() != null) {
            sb.append("<a href=\"");
            escape(sb, c.href());
            sb.append("\">");
            escape(sb, c.text());
            sb.append("</a>");
        } else {
            escape(sb, c.text());
        }
        if (c.note() != null) {
            sb.append(" <small>");
            escape(sb, c.note());
            sb.append("</small>");
        }
        sb.append("</").append(tag).append('>');
    }

    /** HTML escaping as Freemarker's HTML output format does it. */
    static void escape(StringBuilder sb, String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
    }
}
