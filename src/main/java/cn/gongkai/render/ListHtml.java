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
        StringBuilder sb = new StringBuilder(place.size() * 96);
        for (Views.PlaceLine p : place) {
            sb.append("<div><dt>");
            Html.escape(sb, p.level());
            sb.append("<dd>");
            if (p.href() != null) {
                link(sb, p.href(), p.name());
            } else {
                sb.append("<span class=\"unstated\">");
                Html.escape(sb, p.name());
                sb.append("</span>");
            }
            sb.append("</div>");
        }
        return sb.toString();
    }

    /** The report's table of contents: its six parts, then the check results. */
    static String toc(List<Views.SectionView> sections) {
        StringBuilder sb = new StringBuilder(96 + sections.size() * 64);
        sb.append("<ol>");
        for (Views.SectionView s : sections) {
            link(sb.append("<li>"), "#" + s.anchor(), s.heading());
        }
        return sb.append("<li><a href=\"#checks\">检查结果</a></ol>").toString();
    }

    /** {@code <a href="…">label</a>}, both escaped. */
    private static void link(StringBuilder sb, String href, String label) {
        sb.append("<a href=\"");
        Html.escape(sb, href);
        sb.append("\">");
        Html.escape(sb, label);
        sb.append("</a>");
    }
}
