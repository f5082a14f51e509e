package cn.gongkai.render;

import java.util.List;

/**
 * Short lists that every page repeats — site navigation, crumbs, where a region sits, a report's table of
 * contents — written in Java: a template loop costs several interpreted steps per item, and there are thousands
 * of pages. Every text is escaped; each method's markup is what the default theme's templates used to write.
 */
final class ListHtml {
    private ListHtml() {
    }

    static String nav(List<Views.NavItem> nav) {
        PageBuffer sb = PageBuffer.text(64 + nav.size() * 48);
        nav(sb, nav);
        return sb.text();
    }

    private static final Markup LI_A = Markup.of("<li><a href=\"");
    private static final Markup CURRENT = Markup.of("\" aria-current=\"page\">");
    private static final Markup A_END = Markup.of("</a>");

    /** Appends {@link #nav(List)}. */
    static void nav(PageBuffer sb, List<Views.NavItem> nav) {
        sb.append("<ul>");
        for (Views.NavItem item : nav) {
            Html.escape(LI_A.appendTo(sb), item.href());
            if (item.current()) {
                CURRENT.appendTo(sb);
            } else {
                sb.append("\">");
            }
            Html.escape(sb, item.label());
            A_END.appendTo(sb);
        }
        sb.append("</ul>");
    }

    static String crumbs(List<Views.Link> crumbs, String current) {
        PageBuffer sb = PageBuffer.text(64 + crumbs.size() * 64);
        crumbs(sb, crumbs, current);
        return sb.text();
    }

    /** Appends {@link #crumbs(List, String)}. */
    static void crumbs(PageBuffer sb, List<Views.Link> crumbs, String current) {
        sb.append("<ol>");
        for (Views.Link c : crumbs) {
            Html.escape(LI_A.appendTo(sb), c.href());
            sb.append("\">");
            Html.escape(sb, c.label());
            A_END.appendTo(sb);
        }
        sb.append("<li aria-current=\"page\">");
        Html.escape(sb, current);
        sb.append("</ol>");
    }

    /** One {@code <div><dt>level<dd>region</div>} per level; a level the reports do not state is set apart. */
    static String places(List<Views.PlaceLine> place) {
        PageBuffer sb = PageBuffer.text(place.size() * 96);
        places(sb, place);
        return sb.text();
    }

    private static final Markup DIV_DT = Markup.of("<div><dt>");
    private static final Markup DD = Markup.of("<dd>");
    private static final Markup UNSTATED = Markup.of("<span class=\"unstated\">");
    private static final Markup SPAN_DIV_END = Markup.of("</span></div>");
    private static final Markup DIV_END = Markup.of("</div>");

    /** Appends {@link #places(List)}. */
    static void places(PageBuffer sb, List<Views.PlaceLine> place) {
        for (Views.PlaceLine p : place) {
            Html.escape(DIV_DT.appendTo(sb), p.level());
            DD.appendTo(sb);
            if (p.href() != null) {
                link(sb, p.href(), p.name());
                DIV_END.appendTo(sb);
            } else {
                Html.escape(UNSTATED.appendTo(sb), p.name());
                SPAN_DIV_END.appendTo(sb);
            }
        }
    }

    /** The report's table of contents: its six parts, then the check results. */
    static String toc(List<Views.SectionView> sections) {
        PageBuffer sb = PageBuffer.text(96 + sections.size() * 64);
        toc(sb, sections);
        return sb.text();
    }

    private static final Markup OL = Markup.of("<ol>");
    private static final Markup TOC_ITEM = Markup.of("<li><a href=\"#");
    private static final Markup TOC_END = Markup.of("<li><a href=\"#checks\">检查结果</a></ol>");
    private static final Markup A_HREF = Markup.of("<a href=\"");
    private static final Markup HREF_END = Markup.of("\">");

    /** Appends {@link #toc(List)}. */
    static void toc(PageBuffer sb, List<Views.SectionView> sections) {
        OL.appendTo(sb);
        for (Views.SectionView s : sections) {
            Html.escape(TOC_ITEM.appendTo(sb), s.anchor());
            Html.escape(HREF_END.appendTo(sb), s.heading());
            A_END.appendTo(sb);
        }
        TOC_END.appendTo(sb);
    }

    /** {@code <a href="…">label</a>}, both escaped. */
    private static void link(PageBuffer sb, String href, String label) {
        Html.escape(A_HREF.appendTo(sb), href);
        Html.escape(HREF_END.appendTo(sb), label);
        A_END.appendTo(sb);
    }
}
