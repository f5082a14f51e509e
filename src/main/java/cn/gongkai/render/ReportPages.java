package cn.gongkai.render;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.Section;
import cn.gongkai.model.Severity;
import cn.gongkai.site.Headline;
import cn.gongkai.site.Page;
import cn.gongkai.site.RegionTree;
import cn.gongkai.site.SitePaths;
import cn.gongkai.site.SitePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The context of one report page: the six parts with their tables, check results, sources and downloads. */
final class ReportPages {
    private final PageRenderer pages;
    private final SitePlan plan;
    private final Markdown markdown;
    private final RenderOptions options;

    ReportPages(PageRenderer pages, SitePlan plan, Markdown markdown, RenderOptions options) {
        this.pages = pages;
        this.plan = plan;
        this.markdown = markdown;
        this.options = options;
    }

    /** A headline figure at the top of a report page. */
    public record Figure(String label, String unit, GridCell cell) {
    }

    /**
     * The report page's model. With {@code builtIn} (the page is written by {@link BuiltInPages}) the official
     * tables are handed over as {@link FormTable}s instead of grids.
     */
    void report(Page.ReportView page, Map<String, Object> model, boolean builtIn) {
        Report r = page.report();
        String root = SitePaths.root(page.path());
        String regionPath = RegionTree.regionPathOf(r.id());
        RegionInfo region = regionPath == null ? null : plan.regions().get(regionPath);
        String title = PageRenderer.reportTitle(r);
        model.put("frame", pages.frame(page.path(), title, "regions", pages.crumbsTo(root, region, true)));
        model.put("title", title);
        model.put("issuer", r.issuer());
        model.put("year", r.year());
        model.put("formatLabel", r.format().label());
        model.put("published", r.published() == null ? null : r.published().toString());
        List<Views.PlaceLine> place = new ArrayList<>();
        if (region != null) {
            place.addAll(pages.placeLines(root, region));
            place.add(new Views.PlaceLine(region.level().label(), region.name(),
                    SitePaths.href(root, SitePaths.region(region.path())), true));
            model.put("changesHref", SitePaths.href(root, SitePaths.changes(region.path())));
            model.put("regionNote", region.note());
        }
        model.put("place", place);
        if (!builtIn) { // BuiltInPages writes these three from their lists, straight into the page
            model.put("placeHtml", ListHtml.places(place));
        }
        List<Figure> figures = new ArrayList<>();
        for (Headline h : Headline.values()) {
            figures.add(new Figure(h.label(), h.unit(), GridCell.of(h.of(r))));
        }
        model.put("figures", figures);
        List<Views.SectionView> sections = sections(r, builtIn);
        model.put("sections", sections);
        if (!builtIn) {
            model.put("figuresHtml", ReportHtml.figures(figures));
            model.put("tocHtml", ListHtml.toc(sections));
        }
        model.put("diagnostics", diagnostics(r.diagnostics()));
        model.put("errorCount", r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count());
        model.put("warningCount", r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count());
        if (page.sourcePath() != null) {
            model.put("sourceHref", SitePaths.href(root, page.sourcePath()));
        }
        if (r.source() != null) {
            model.put("sourceUrl", safeUrl(r.source().url()));
            model.put("sourceKind", r.source().kind());
            model.put("sourceSha256", r.source().sha256());
        }
        model.put("dataLinks", dataLinks(root, r, regionPath));
        if (page.previous() != null) {
            model.put("previous", new Views.Link(page.previous().year() + "年",
                    SitePaths.href(root, SitePaths.report(page.previous().id()))));
        }
        if (page.next() != null) {
            model.put("next", new Views.Link(page.next().year() + "年",
                    SitePaths.href(root, SitePaths.report(page.next().id()))));
        }
    }

    /** Only http(s) links to the original publication; anything else is not linked. */
    private static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8) ? u : null;
    }

    private List<Views.Link> dataLinks(String root, Report r, String regionPath) {
        List<Views.Link> out = new ArrayList<>();
        boolean known = options.withData();
        // Link the files the data stage reports writing; without a data stage, link nothing that may not exist.
        if (known) {
            out.add(new Views.Link("本报告数据（JSON）", SitePaths.href(root, SitePaths.reportJson(r.id()))));
            if (regionPath != null) {
                out.add(new Views.Link("本地区历年数据（JSON）", SitePaths.href(root, SitePaths.townshipJson(regionPath))));
                out.add(new Views.Link("本地区历年数据（CSV）", SitePaths.href(root, SitePaths.townshipCsv(regionPath))));
            }
            out.add(new Views.Link("全部数据与说明", SitePaths.href(root, SitePaths.DATA)));
        }
        return out;
    }

    private List<Views.SectionView> sections(Report r, boolean builtIn) {
        List<Views.SectionView> out = new ArrayList<>();
        for (Section s : Section.values()) {
            String html = markdown.toHtml(r.sections().get(s));
            Grid table = null;
            FormTable form = null;
            String note = null;
            switch (s) {
                case PROACTIVE -> {
                    if (r.art20() != null) {
                        form = builtIn ? ReportTables.art20Form(r.art20()) : null;
                        table = form == null ? ReportTables.art20(r.art20()) : null;
                    } else if (r.art20Format2019() != null) {
                        form = builtIn ? ReportTables.art20Format2019Form(r.art20Format2019()) : null;
                        table = form == null ? ReportTables.art20Format2019(r.art20Format2019()) : null;
                    } else if (r.format() != ReportFormat.PRE2019) {
                        note = "报告中没有此表，或此表未能读取：表中各项均为未知。";
                    }
                }
                case APPLICATIONS -> {
                    if (r.applications() != null) {
                        form = builtIn ? ReportTables.applicationsForm(r.applications()) : null;
                        table = form == null ? ReportTables.applications(r.applications()) : null;
                    } else if (r.format() != ReportFormat.PRE2019) {
                        note = "报告中没有此表，或此表未能读取：表中各项均为未知。";
                    }
                }
                case REVIEW_LITIGATION -> {
                    if (r.reviewLitigation() != null) {
                        form = builtIn ? ReportTables.reviewLitigationForm(r.reviewLitigation()) : null;
                        table = form == null ? ReportTables.reviewLitigation(r.reviewLitigation()) : null;
                    } else if (r.format() != ReportFormat.PRE2019) {
                        note = "报告中没有此表，或此表未能读取：表中各项均为未知。";
                    }
                }
                default -> {
                }
            }
            out.add(new Views.SectionView(s.numeral(), s.heading(), "part-" + s.key(), html, table, note, form));
        }
        return out;
    }

    static List<Views.DiagnosticView> diagnostics(List<Diagnostic> ds) {
        List<Views.DiagnosticView> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            String label = switch (d.severity()) {
                case ERROR -> "错误";
                case WARNING -> "警告";
                case INFO -> "说明";
            };
            out.add(new Views.DiagnosticView(d.severity().key(), label, d.code(), d.message(), d.location()));
        }
        return out;
    }
}
