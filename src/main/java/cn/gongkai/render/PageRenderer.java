package cn.gongkai.render;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.model.Report;
import cn.gongkai.site.Page;
import cn.gongkai.site.SitePaths;
import cn.gongkai.site.SitePlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders the pages of a {@link SitePlan} to HTML: builds each page's typed context and runs its template.
 * Stateless after construction and safe to call from several threads.
 */
public final class PageRenderer {
    static final String REPORT_SUFFIX = "政府信息公开工作年度报告";

    private final SitePlan plan;
    private final Templates templates;
    private final Markdown markdown;
    private final RenderOptions options;
    private final boolean hasSearch;
    private final String stylesheet;
    private final ReportPages reportPages;
    private final RegionPages regionPages;
    /** The year-over-year pages are written by {@link BuiltInPages}. */
    private final boolean builtInChanges;
    /** The report pages are written by {@link BuiltInPages}. */
    private final boolean builtInReports;

    public PageRenderer(SitePlan plan, Templates templates, Markdown markdown, RenderOptions options) {
        this.plan = plan;
        this.templates = templates;
        this.markdown = markdown;
        this.options = options;
        this.hasSearch = templates.hasSearchPage();
        this.stylesheet = templates.stylesheet();
        this.reportPages = new ReportPages(this, plan, markdown, options);
        this.regionPages = new RegionPages(this, plan, options);
        this.builtInChanges = !options.liveReload() && templates.builtInPages().contains("changes.ftlh");
        this.builtInReports = !options.liveReload() && templates.builtInPages().contains("report.ftlh");
    }

    /** True when the theme has a search page template (the search stage's); otherwise no search page. */
    public boolean hasSearch() {
        return hasSearch;
    }

    /** The pages this renderer will produce: the plan's, without the search page when there is no template. */
    public List<Page> pages() {
        return plan.pages().stream().filter(p -> hasSearch || !(p instanceof Page.Search)).toList();
    }

    public String render(Page page) {
        Map<String, Object> model = new HashMap<>();
        return templates.render(model(page, model), model);
    }

    /**
     * Renders {@code page} to its UTF-8 bytes, and to what the search index reads of it when {@code withText} (see
     * {@link RenderedPage}): the bytes are those of {@link #render}'s text, but a page written in Java is kept as
     * bytes as it is written, and its search text is read as it is written.
     */
    public RenderedPage renderPage(Page page, boolean withText) {
        Map<String, Object> model = new HashMap<>();
        return templates.renderPage(model(page, model), model, withText);
    }

    /** Fills {@code model} for {@code page} and returns the name of its template. */
    private String model(Page page, Map<String, Object> model) {
        String template;
        if (page instanceof Page.Home) {
            template = "home.ftlh";
            homeModel(model);
        } else if (page instanceof Page.Region r) {
            template = "region.ftlh";
            regionPages.region(r, model);
        } else if (page instanceof Page.ReportView r) {
            template = "report.ftlh";
            reportPages.report(r, model, builtInReports);
        } else if (page instanceof Page.Changes c) {
            template = "changes.ftlh";
            regionPages.changes(c, model, builtInChanges);
        } else if (page instanceof Page.Compare c) {
            template = "compare.ftlh";
            regionPages.compare(c, model);
        } else if (page instanceof Page.Data d) {
            template = "data.ftlh";
            model.put("frame", frame(d.path(), "数据下载", "data", List.of()));
            model.put("files", options.dataFiles());
            model.put("licence", plan.config().licence());
        } else if (page instanceof Page.Search s) {
            template = "search.ftlh";
            model.put("frame", frame(s.path(), "检索", "search", List.of()));
            model.put("filters", searchFilters());
        } else {
            template = "404.ftlh";
            model.put("frame", notFoundFrame());
        }
        return template;
    }

    /**
     * The 404 page is shown at whatever URL was asked for, so relative links cannot work there: its links go
     * to the base URL when the site has one, and its stylesheet is inlined.
     */
    private Views.Frame notFoundFrame() {
        Views.Frame f = frame(SitePaths.NOT_FOUND, "页面不存在", "", List.of());
        String base = plan.config().baseUrl();
        if (base == null || base.isBlank()) {
            return new Views.Frame(f.root(), f.title(), f.siteTitle(), f.description(), f.section(), f.nav(),
                    f.crumbs(), f.publisher(), f.liveReload(), stylesheet);
        }
        String root = base.endsWith("/") ? base : base + "/";
        List<Views.NavItem> nav = f.nav().stream().map(n -> new Views.NavItem(n.label(),
                n.href().equals("./") ? root : root + n.href(), false)).toList();
        return new Views.Frame(root, f.title(), f.siteTitle(), f.description(), f.section(), nav, f.crumbs(),
                f.publisher(), f.liveReload(), stylesheet);
    }

    Views.Frame frame(String pagePath, String title, String section, List<Views.Link> crumbs) {
        String root = SitePaths.root(pagePath);
        List<Views.NavItem> nav = new ArrayList<>();
        nav.add(new Views.NavItem("首页", SitePaths.href(root, SitePaths.HOME), "home".equals(section)));
        nav.add(new Views.NavItem("地区", SitePaths.href(root, SitePaths.HOME) + "#regions", "regions".equals(section)));
        nav.add(new Views.NavItem("数据下载", SitePaths.href(root, SitePaths.DATA), "data".equals(section)));
        if (hasSearch) {
            nav.add(new Views.NavItem("检索", SitePaths.href(root, SitePaths.SEARCH), "search".equals(section)));
        }
        return new Views.Frame(root, title, plan.config().title(), plan.config().description(), section, nav,
                crumbs, plan.config().publisher(), options.liveReload(), null);
    }

    /** Home → province → … → the region itself (linked), for the crumbs of pages below a region. */
    List<Views.Link> crumbsTo(String root, RegionInfo region, boolean includeSelf) {
        List<Views.Link> out = new ArrayList<>();
        out.add(new Views.Link("首页", SitePaths.href(root, SitePaths.HOME)));
        if (region == null) {
            return out;
        }
        for (RegionInfo a : plan.regions().ancestors(region.path())) {
            out.add(new Views.Link(a.name(), SitePaths.href(root, SitePaths.region(a.path()))));
        }
        if (includeSelf) {
            out.add(new Views.Link(region.name(), SitePaths.href(root, SitePaths.region(region.path()))));
        }
        return out;
    }

    /**
     * Where a region sits, level by level from province down to the level above it. A level the folder chain
     * does not have is said to be unstated — never guessed.
     */
    List<Views.PlaceLine> placeLines(String root, RegionInfo region) {
        List<Views.PlaceLine> out = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.ordinal() >= region.level().ordinal()) {
                break;
            }
            RegionInfo a = plan.regions().ancestorAt(region.path(), level);
            if (a == null) {
                out.add(new Views.PlaceLine(level.label(), "报告未说明所属" + level.label(), null, false));
            } else {
                out.add(new Views.PlaceLine(level.label(), a.name(), SitePaths.href(root, SitePaths.region(a.path())),
                        true));
            }
        }
        return out;
    }

    String html(String md) {
        return markdown.toHtml(md);
    }

    static String reportTitle(Report r) {
        String who = r.issuer() != null ? r.issuer() : r.region().mostSpecific();
        return (who == null ? r.id() : who) + (r.year() == null ? "" : " " + r.year() + "年") + REPORT_SUFFIX;
    }

    /** 山东省 济宁市 金乡县 卜集镇, from the regions of the report's folder chain. */
    String placeText(Report r) {
        List<String> parts = new ArrayList<>();
        String path = cn.gongkai.site.RegionTree.regionPathOf(r.id());
        RegionInfo self = path == null ? null : plan.regions().get(path);
        if (self != null) {
            plan.regions().ancestors(path).forEach(a -> parts.add(a.name()));
            parts.add(self.name());
        }
        return String.join(" ", parts);
    }

    Views.ReportLink reportLink(String root, Report r) {
        int errors = (int) r.diagnostics().stream().filter(d -> d.severity() == cn.gongkai.model.Severity.ERROR).count();
        int warnings = (int) r.diagnostics().stream()
                .filter(d -> d.severity() == cn.gongkai.model.Severity.WARNING).count();
        return new Views.ReportLink(reportTitle(r), SitePaths.href(root, SitePaths.report(r.id())), r.year(),
                placeText(r), r.published() == null ? null : r.published().toString(), errors, warnings);
    }

    private void homeModel(Map<String, Object> model) {
        String root = "";
        model.put("frame", frame(SitePaths.HOME, plan.config().title(), "home", List.of()));
        model.put("descriptionHtml", html(plan.config().description()));
        model.put("tree", regionPages.tree(root));
        List<Report> newest = new ArrayList<>(plan.reports());
        newest.sort(java.util.Comparator.comparing((Report r) -> r.published(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.LocalDate>naturalOrder()))
                .thenComparing(r -> r.year() == null ? 0 : r.year())
                .reversed().thenComparing(Report::id));
        model.put("latest", newest.stream().limit(12).map(r -> reportLink(root, r)).toList());
        model.put("latestYear", plan.latestYear());
        model.put("totals", plan.latestYear() == null ? null : regionPages.countyTotals(root, plan.latestYear()));
        model.put("reportCount", plan.reports().size());
        model.put("regionCount", plan.regions().all().size());
    }

    private Views.SearchFilters searchFilters() {
        List<Views.Option> counties = new ArrayList<>();
        List<Views.Option> townships = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (RegionInfo r : plan.regions().all()) {
            if (r.level() == RegionLevel.COUNTY) {
                counties.add(new Views.Option(r.path(), r.name()));
            } else if (r.level() == RegionLevel.TOWNSHIP) {
                townships.add(new Views.Option(r.path(), r.name()));
            }
        }
        plan.reports().forEach(r -> {
            if (r.year() != null) {
                years.add(r.year());
            }
        });
        return new Views.SearchFilters(counties, townships, new ArrayList<>(years.descendingSet()));
    }
}
