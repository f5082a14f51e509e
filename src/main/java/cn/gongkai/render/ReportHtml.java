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
        PageBuffer sb = PageBuffer.text(figures.size() * 120);
        figures(sb, figures);
        return sb.text();
    }

    private static final Markup UL = Markup.of("<ul>\n");
    private static final Markup UL_END = Markup.of("</ul>\n");
    private static final Markup TITLE = Markup.of(" title=\"");
    private static final Markup NO_TEXT = Markup.of("</h2>\n<p class=\"muted\">报告中没有这一部分的文字。</p>\n");
    private static final Markup MISSING_TABLE = Markup.of("<p class=\"missing-table\">");
    private static final Markup P_END = Markup.of("</p>\n");

    /** Appends {@link #figures(List)}. */
    static void figures(PageBuffer sb, List<ReportPages.Figure> figures) {
        UL.appendTo(sb);
        for (ReportPages.Figure f : figures) {
            GridCell c = f.cell();
            boolean num = GridHtml.DEFAULT_TD.equals(c.kind());
            Html.escape(LABEL.appendTo(sb), f.label());
            VALUE.appendTo(sb);
            if (!num) {
                sb.append(' ');
                Html.escape(sb, c.kind());
            }
            sb.append('"');
            String title = c.explanation();
            if (title != null) {
                Html.escape(TITLE.appendTo(sb), title);
                sb.append('"');
            }
            sb.append('>');
            Html.escape(sb, c.text());
            SPAN_END.appendTo(sb);
            if (num) {
                Html.escape(UNIT.appendTo(sb), f.unit());
                SPAN_END.appendTo(sb);
            }
            sb.append('\n');
        }
        UL_END.appendTo(sb);
    }

    private static final Markup LABEL = Markup.of("<li><span class=\"label\">");
    private static final Markup VALUE = Markup.of("</span> <span class=\"value");
    private static final Markup UNIT = Markup.of(" <span class=\"unit\">");
    private static final Markup SPAN_END = Markup.of("</span>");
    private static final Markup H2 = Markup.of("<h2>");
    private static final Markup PROSE = Markup.of("</h2>\n<div class=\"prose\">");
    private static final Markup PROSE_END = Markup.of("</div>\n");

    /** One part: its heading, its narrative (or a note that the report has none), its table or the table's note. */
    static String part(Views.SectionView s) {
        PageBuffer sb = PageBuffer.text(256 + (s.html() == null ? 0 : s.html().length()));
        part(sb, s);
        return sb.text();
    }

    /** Appends {@link #part(Views.SectionView)}. */
    static void part(PageBuffer sb, Views.SectionView s) {
        Html.escape(H2.appendTo(sb), s.heading());
        if (s.html() != null && !s.html().isEmpty()) {
            PROSE.appendTo(sb).append(s.html());
            PROSE_END.appendTo(sb);
        } else {
            NO_TEXT.appendTo(sb);
        }
        if (s.table() != null) {
            s.table().appendHtml(sb);
        } else if (s.form() != null) {
            s.form().appendHtml(sb);
        }
        if (s.tableNote() != null) {
            Html.escape(MISSING_TABLE.appendTo(sb), s.tableNote());
            P_END.appendTo(sb);
        }
    }
}
