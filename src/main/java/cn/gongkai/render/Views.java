package cn.gongkai.render;

import java.util.List;

/**
 * The typed template contexts: every value a template reads is one of these records (or a {@link Grid}).
 * Text is plain (templates escape it); only fields named {@code html} hold HTML, produced by {@link Markdown}
 * from escaped Markdown. Every {@code href} is relative to the page it appears on.
 */
public final class Views {
    private Views() {
    }

    public record Link(String label, String href) {
    }

    public record NavItem(String label, String href, boolean current) {
    }

    /**
     * What every page's layout needs.
     *
     * @param root       prefix from this page back to the site root ({@code ""}, {@code "../"}, …)
     * @param title      the page's own title (the {@code <title>} adds the portal title)
     * @param siteTitle  the portal's title
     * @param section    which nav item is current: home, regions, data, search
     * @param crumbs     the way from the home page to this page (without this page)
     * @param liveReload true only in {@code serve}: the page polls the preview server and reloads on rebuild
     * @param inlineCss  the stylesheet to inline instead of linking it, or null: the 404 page is served at any
     *                   depth, where a relative stylesheet link would not resolve
     */
    public record Frame(String root, String title, String siteTitle, String description, String section,
                        List<NavItem> nav, List<Link> crumbs, String publisher, boolean liveReload,
                        String inlineCss) {
        /** The site navigation as a list ({@code <ul>}), the current item marked {@code aria-current}. */
        public String navHtml() {
            return ListHtml.nav(nav);
        }

        /** The crumbs ending in this page's title as a list ({@code <ol>}). */
        public String crumbsHtml() {
            return ListHtml.crumbs(crumbs, title);
        }
    }

    /** One line of "where the issuer sits": a level and its region, or the statement that the report omits it. */
    public record PlaceLine(String level, String name, String href, boolean stated) {
    }

    /**
     * One of the six parts. {@code table} is the part's official table for templates; on pages written by
     * {@link BuiltInPages} it is null and {@code form} writes the same table from its fixed markup instead.
     */
    public record SectionView(String numeral, String heading, String anchor, String html, Grid table,
                              String tableNote, FormTable form) {
        public SectionView(String numeral, String heading, String anchor, String html, Grid table, String tableNote) {
            this(numeral, heading, anchor, html, table, tableNote, null);
        }

        /** True when the part has a table (as a grid or a form). */
        boolean hasTable() {
            return table != null || form != null;
        }

        /** The part's heading, narrative and table (or the note that it is missing) as HTML. */
        public String bodyHtml() {
            return ReportHtml.part(this);
        }
    }

    public record DiagnosticView(String severity, String severityLabel, String code, String message,
                                 String location) {
    }

    /** A report in a list: its page, title and a one-line summary. */
    public record ReportLink(String title, String href, Integer year, String place, String published,
                             int errors, int warnings) {
    }

    /** One region in the region tree of the home page. */
    public record TreeItem(String name, String level, String href, int reports, List<TreeItem> children) {
    }

    /** One point of a trend chart: x/y in SVG units; {@code value} as shown; kind num, na or unknown. */
    public record ChartPoint(double x, double y, String year, String value, String kind) {
    }

    /**
     * An inline SVG line chart of one headline figure over the years (no script). {@code segments} are
     * polyline point lists: a year without a number breaks the line; its point is drawn hollow on the axis.
     */
    public record TrendChart(String id, String title, String unit, int width, int height, double plotTop,
                             double plotBottom, double plotLeft, double plotRight, String maxLabel,
                             List<String> segments, List<ChartPoint> points, String summary) {
        /** The chart as inline SVG (escaped), for templates: {@code ${c.html()?no_esc}}. */
        public String html() {
            return TrendCharts.svg(this);
        }
    }

    public record SortView(String id, String label, Grid grid, boolean fallback) {
    }

    public record FieldView(String name, String type, String description) {
    }

    /**
     * One kind of download on the data page. {@code count} files of this kind exist; {@code href} links the
     * file (or an example when there are many).
     */
    public record DataFileView(String title, String description, String format, String href, String hrefLabel,
                               int count, String size, String sha256, List<FieldView> fields) {
    }

    public record ReuseView(String year, String share, String comparedWith) {
    }

    /** What the search page offers as filters; the search template and script decide how to use them. */
    public record SearchFilters(List<Option> counties, List<Option> townships, List<Integer> years) {
    }

    /** A choice in a filter: {@code value} goes in the URL, {@code label} is shown. */
    public record Option(String value, String label) {
    }
}
