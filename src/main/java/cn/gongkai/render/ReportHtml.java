package cn.gongkai.render;

import java.util.List;

/**
 * The repeated blocks of a report page written in Java: the headline figures and each of the six parts (heading,
 * narrative, table). A report page is rendered thousands of times per build, and these blocks were most of its
 * template work. Every text is escaped; narrative HTML comes from {@link Markdown}.
 */
final class ReportHtml {
    private ReportHtml() {
    }

    /** The headline figures as a list: label, value (styled by its state: number, {@code /}, 未知), unit. */
    static String figures(List<ReportPages.Figure> figures) {
        StringBuilder sb = new StringBuilder(figures.size() * 120);
        sb.append("<ul>\n");
        for (ReportPages.Figure f : figures) {
            GridCell c = f.cell();
            boolean num = GridHtml.DEFAULT_TD.equals(c.kind());
            sb.append("<li><span class=\"label\">");
            Html.escape(sb, f.label());
            sb.append("</span> <span class=\"value");
            if (!num) {
                sb.append(' ');
                Html.escape(sb, c.kind());
            }
            sb.append('"');
            String title = c.explanation();
            if (title != null) {
                sb.append(" title=\"");
                Html.escape(sb, title);
                sb.append('"');
            }
            sb.append('>');
            Html.escape(sb, c.text());
            sb.append("</span>");
            if (num) {
                sb.append(" <span class=\"unit\">");
                Html.escape(sb, f.unit());
                sb.append("</span>");
            }
            sb.append('\n');
        }
        sb.append("</ul>\n");
        return sb.toString();
    }

    /** One part: its heading, its narrative (or a note that the report has none), its table or the table's note. */
    static String part(Views.SectionView s) {
        StringBuilder sb = new StringBuilder(256 + (s.html() == null ? 0 : s.html().length()));
        part(sb, s);
        return sb.toString();
    }

    /** Appends {@link #part(Views.SectionView)}. */
    static void part(StringBuilder sb, Views.SectionView s) {
        sb.append("<h2>");
        Html.escape(sb, s.heading());
        sb.append("</h2>\n");
        if (s.html() != null && !s.html().isEmpty()) {
            sb.append("<div class=\"prose\">").append(s.html()).append("</div>\n");
        } else {
            sb.append("<p class=\"muted\">报告中没有这一部分的文字。</p>\n");
        }
        if (s.table() != null) {
            s.table().appendHtml(sb);
        } else if (s.form() != null) {
            s.form().appendHtml(sb);
        }
        if (s.tableNote() != null) {
            sb.append("<p class=\"missing-table\">");
            Html.escape(sb, s.tableNote());
            sb.append("</p>\n");
        }
    }
}
