package cn.gongkai.render;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;
import cn.gongkai.site.CellSum;
import cn.gongkai.site.Headline;
import cn.gongkai.site.Page;
import cn.gongkai.site.RegionTree;
import cn.gongkai.site.SitePaths;
import cn.gongkai.site.SitePlan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contexts of the region pages, the year-over-year pages and the side-by-side comparisons. */
final class RegionPages {
    private final PageRenderer pages;
    private final SitePlan plan;
    private final RegionTree tree;
    private final RenderOptions options;
    /** The year-over-year tables' rows per shape of report, made once per build. */
    private final ChangesTable.Layouts changesLayouts = new ChangesTable.Layouts();

    RegionPages(PageRenderer pages, SitePlan plan, RenderOptions options) {
        this.pages = pages;
        this.plan = plan;
        this.tree = plan.regions();
        this.options = options;
    }

    /** A child region in a region's list. */
    public record Child(String name, String level, String href, int reports, int below, String note) {
    }

    void region(Page.Region page, Map<String, Object> model) {
        RegionInfo region = page.region();
        String root = SitePaths.root(page.path());
        model.put("frame", pages.frame(page.path(), region.name(), "regions", pages.crumbsTo(root, region, false)));
        model.put("name", region.name());
        model.put("level", region.level().label());
        model.put("code", region.code());
        model.put("note", region.note());
        List<Views.PlaceLine> place = pages.placeLines(root, region);
        model.put("place", place);
        model.put("placeHtml", ListHtml.places(place));
        List<Child> children = new ArrayList<>();
        for (RegionInfo c : tree.children(region.path())) {
            children.add(new Child(c.name(), c.level().label(), SitePaths.href(root, SitePaths.region(c.path())),
                    tree.reports(c.path()).size(), countBelow(c.path()), c.note()));
        }
        model.put("children", children);
        model.put("childFigures", childFigures(root, region));
        List<Report> own = tree.reports(region.path());
        model.put("reports", own.isEmpty() ? null : ownReports(root, own));
        model.put("charts", TrendCharts.of(own));
        if (!own.isEmpty()) {
            model.put("changesHref", SitePaths.href(root, SitePaths.changes(region.path())));
        }
        List<Views.Link> compares = new ArrayList<>();
        for (int year : tree.childReportYears(region.path())) {
            compares.add(new Views.Link(year + "年", SitePaths.href(root, SitePaths.compare(region.path(), year))));
        }
        model.put("compares", compares);
        List<Report> below = tree.reportsBelow(region.path());
        model.put("reportsBelow", below.size());
        model.put("errorsBelow", count(below, Severity.ERROR));
        model.put("warningsBelow", count(below, Severity.WARNING));
        model.put("reportsWithErrors", below.stream().filter(Report::hasErrors).count());
    }

    /** How many reports a region and the regions below it have ({@code reportsBelow(path).size()}, unsorted). */
    private int countBelow(String path) {
        int n = tree.reports(path).size();
        for (RegionInfo c : tree.children(path)) {
            n += countBelow(c.path());
        }
        return n;
    }

    private static long count(List<Report> reports, Severity s) {
        return reports.stream().flatMap(r -> r.diagnostics().stream()).filter(d -> d.severity() == s).count();
    }

    /** The region's own reports, one row per year, with the headline figures and the check results. */
    private Grid ownReports(String root, List<Report> own) {
        List<List<GridCell>> head = List.of(headlineHeader("年度", true));
        List<List<GridCell>> body = new ArrayList<>();
        for (int i = own.size() - 1; i >= 0; i--) {
            Report r = own.get(i);
            List<GridCell> row = new ArrayList<>();
            row.add(GridCell.th(r.year() + "年", "row").withHref(SitePaths.href(root, SitePaths.report(r.id()))));
            for (Headline h : Headline.values()) {
                row.add(GridCell.of(h.of(r)));
            }
            row.add(checks(r));
            body.add(row);
        }
        return new Grid("reports", "历年报告与主要数字", cols(1, true), head, body, List.of(), true);
    }

    private static GridCell checks(Report r) {
        long e = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long w = r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (e == 0 && w == 0) {
            return GridCell.td("无问题", "check-ok");
        }
        String text = (e > 0 ? e + " 个错误" : "") + (e > 0 && w > 0 ? "，" : "") + (w > 0 ? w + " 个警告" : "");
        return GridCell.td(text, e > 0 ? "check-error" : "check-warning");
    }

    private static List<GridCell> headlineHeader(String first, boolean withChecks) {
        List<GridCell> row = new ArrayList<>();
        row.add(GridCell.th(first, "col"));
        for (Headline h : Headline.values()) {
            row.add(GridCell.th(h.label(), "col").withNote(h.unit()));
        }
        if (withChecks) {
            row.add(GridCell.th("检查结果", "col"));
        }
        return row;
    }

    private static List<String> cols(int labels, boolean withChecks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            out.add("label");
        }
        for (Headline ignored : Headline.values()) {
            out.add("num");
        }
        if (withChecks) {
            out.add("check");
        }
        return out;
    }

    /**
     * Child regions that have reports, each with its years (newest first) and headline figures. Above the
     * county level a child's row per year sums the reports of every region below it (a province page would
     * otherwise list every township of every year).
     */
    private Grid childFigures(String root, RegionInfo region) {
        boolean sums = tree.children(region.path()).stream().anyMatch(c -> !tree.children(c.path()).isEmpty());
        if (sums) {
            return childSums(root, region);
        }
        List<List<GridCell>> body = new ArrayList<>();
        for (RegionInfo c : tree.children(region.path())) {
            List<Report> own = new ArrayList<>(tree.reports(c.path()));
            own.sort(Comparator.comparing((Report r) -> r.year() == null ? 0 : r.year()).reversed());
            for (int i = 0; i < own.size(); i++) {
                Report r = own.get(i);
                List<GridCell> row = new ArrayList<>();
                if (i == 0) {
                    row.add(GridCell.th(c.name(), "rowgroup", own.size(), 1)
                            .withHref(SitePaths.href(root, SitePaths.region(c.path()))).withKind("group"));
                }
                row.add(GridCell.th(r.year() + "年", "row").withHref(SitePaths.href(root, SitePaths.report(r.id()))));
                for (Headline h : Headline.values()) {
                    row.add(GridCell.of(h.of(r)));
                }
                row.add(checks(r));
                body.add(row);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        List<GridCell> head = new ArrayList<>();
        head.add(GridCell.th("地区", "col"));
        head.addAll(headlineHeader("年度", true));
        return new Grid("child-figures", "下级地区各年度主要数字", cols(2, true), List.of(head), body, List.of(), true);
    }

    /** Per child region and year: how many reports, and the sums of their headline figures. */
    private Grid childSums(String root, RegionInfo region) {
        List<List<GridCell>> body = new ArrayList<>();
        for (RegionInfo c : tree.children(region.path())) {
            Map<Integer, List<Report>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
            for (Report r : tree.reportsBelow(c.path())) {
                if (r.year() != null) {
                    byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
                }
            }
            boolean first = true;
            for (Map.Entry<Integer, List<Report>> e : byYear.entrySet()) {
                List<GridCell> row = new ArrayList<>();
                if (first) {
                    row.add(GridCell.th(c.name(), "rowgroup", byYear.size(), 1)
                            .withHref(SitePaths.href(root, SitePaths.region(c.path()))).withKind("group"));
                    first = false;
                }
                row.add(GridCell.th(e.getKey() + "年", "row"));
                row.add(GridCell.td(String.valueOf(e.getValue().size()), "num"));
                for (Headline h : Headline.values()) {
                    row.add(sumCell(CellSum.of(e.getValue().stream().map(h::of).toList())));
                }
                body.add(row);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        List<GridCell> head = new ArrayList<>();
        head.add(GridCell.th("地区", "col"));
        head.add(GridCell.th("年度", "col"));
        head.add(GridCell.th("报告数", "col"));
        for (Headline h : Headline.values()) {
            head.add(GridCell.th(h.label(), "col").withNote(h.unit()));
        }
        List<String> colClasses = new ArrayList<>(List.of("label", "label", "num"));
        for (Headline ignored : Headline.values()) {
            colClasses.add("num");
        }
        return new Grid("child-figures", "下级地区各年度合计（含其下各地的全部报告）", colClasses, List.of(head), body,
                List.of(), true);
    }

    /** The home page's region tree, three levels deep. */
    List<Views.TreeItem> tree(String root) {
        List<Views.TreeItem> out = new ArrayList<>();
        for (RegionInfo r : tree.roots()) {
            out.add(treeItem(root, r, 3));
        }
        return out;
    }

    private Views.TreeItem treeItem(String root, RegionInfo r, int depth) {
        List<Views.TreeItem> kids = new ArrayList<>();
        if (depth > 1) {
            for (RegionInfo c : tree.children(r.path())) {
                kids.add(treeItem(root, c, depth - 1));
            }
        }
        return new Views.TreeItem(r.name(), r.level().label(), SitePaths.href(root, SitePaths.region(r.path())),
                countBelow(r.path()), kids);
    }

    /**
     * Totals of the headline figures for the given year, one row per county (and one for reports whose
     * county is not stated). A sum over reports some of which do not state the figure is marked as a lower
     * bound ("至少").
     */
    Grid countyTotals(String root, int year) {
        Map<String, List<Report>> byCounty = new LinkedHashMap<>();
        Map<String, RegionInfo> counties = new LinkedHashMap<>();
        List<Report> unstated = new ArrayList<>();
        for (RegionInfo r : tree.all()) {
            if (r.level() == RegionLevel.COUNTY) {
                counties.put(r.path(), r);
                byCounty.put(r.path(), new ArrayList<>());
            }
        }
        for (Report r : plan.reports()) {
            if (r.year() == null || r.year() != year) {
                continue;
            }
            String path = RegionTree.regionPathOf(r.id());
            RegionInfo county = path == null ? null : tree.ancestorAt(path, RegionLevel.COUNTY);
            if (county != null) {
                byCounty.get(county.path()).add(r);
            } else if (path != null && tree.get(path) != null && tree.get(path).level() == RegionLevel.TOWNSHIP) {
                unstated.add(r);
            }
        }
        List<List<GridCell>> body = new ArrayList<>();
        for (Map.Entry<String, List<Report>> e : byCounty.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            RegionInfo c = counties.get(e.getKey());
            body.add(totalRow(GridCell.th(c.name(), "row").withHref(SitePaths.href(root, SitePaths.region(c.path()))),
                    e.getValue()));
        }
        if (!unstated.isEmpty()) {
            body.add(totalRow(GridCell.th("报告未说明所属县（区）的乡镇", "row"), unstated));
        }
        if (body.isEmpty()) {
            return null;
        }
        List<GridCell> head = new ArrayList<>();
        head.add(GridCell.th("县（区）", "col"));
        head.add(GridCell.th("报告数", "col"));
        for (Headline h : Headline.values()) {
            head.add(GridCell.th(h.label(), "col").withNote(h.unit()));
        }
        List<String> colClasses = new ArrayList<>(List.of("label", "num"));
        for (Headline ignored : Headline.values()) {
            colClasses.add("num");
        }
        return new Grid("county-totals", year + "年各县（区）合计", colClasses, List.of(head), body, List.of(), true);
    }

    private static List<GridCell> totalRow(GridCell label, List<Report> reports) {
        List<GridCell> row = new ArrayList<>();
        row.add(label);
        row.add(GridCell.td(String.valueOf(reports.size()), "num"));
        for (Headline h : Headline.values()) {
            row.add(sumCell(CellSum.of(reports.stream().map(h::of).toList())));
        }
        return row;
    }

    /** A sum cell: the sum; "至少 N" when some reports do not state the figure; 未知 when none has a number. */
    static GridCell sumCell(CellSum s) {
        if (s.numbers() == 0) {
            return s.unknown() == 0 && s.notApplicable() > 0 ? GridCell.of(Cell.notApplicable()) : GridCell.of(Cell.UNKNOWN);
        }
        String sum = s.sum().toPlainString();
        if (s.isComplete()) {
            return GridCell.td(sum, "num total");
        }
        return GridCell.td(sum, "num partial").withNote("至少").withTitle(
                s.unknown() + " 份报告未给出此项：合计至少为 " + sum);
    }

    /**
     * The year-over-year page. With {@code builtIn} (the page is written by {@link BuiltInPages}) the table is
     * handed over as a {@link ChangesTable} that writes itself, instead of as a {@link Grid} for the template.
     */
    void changes(Page.Changes page, Map<String, Object> model, boolean builtIn) {
        RegionInfo region = page.region();
        String root = SitePaths.root(page.path());
        model.put("frame", pages.frame(page.path(), region.name() + " 逐年对比", "regions",
                pages.crumbsTo(root, region, true)));
        model.put("name", region.name());
        model.put("regionHref", SitePaths.href(root, SitePaths.region(region.path())));
        List<Report> own = tree.reports(region.path()).stream().filter(r -> r.year() != null).toList();
        model.put("years", own.size());
        ChangesTable table = own.isEmpty() ? null : new ChangesTable(root, own, changesLayouts);
        if (builtIn) {
            model.put("changesTable", table);
        } else {
            model.put("grid", table == null ? null : table.grid());
        }
        List<Views.ReuseView> reuse = new ArrayList<>();
        if (options.textReuse() != null) {
            for (int i = 1; i < own.size(); i++) {
                Double share = options.textReuse().apply(own.get(i - 1), own.get(i));
                reuse.add(new Views.ReuseView(own.get(i).year() + "年",
                        share == null ? "无法比较" : Math.round(share * 100) + "%", own.get(i - 1).year() + "年"));
            }
        }
        model.put("reuseAvailable", options.textReuse() != null);
        model.put("reuse", reuse);
    }

    void compare(Page.Compare page, Map<String, Object> model) {
        RegionInfo region = page.region();
        String root = SitePaths.root(page.path());
        model.put("frame", pages.frame(page.path(), region.name() + " " + page.year() + "年 各地对比", "regions",
                pages.crumbsTo(root, region, true)));
        model.put("name", region.name());
        model.put("year", page.year());
        List<Views.Link> years = new ArrayList<>();
        for (int y : tree.childReportYears(region.path())) {
            years.add(new Views.Link(y + "年", y == page.year() ? null
                    : SitePaths.href(root, SitePaths.compare(region.path(), y))));
        }
        model.put("years", years);
        // Every order shows the same rows and the same totals: build them once.
        Map<Report, List<GridCell>> rows = new java.util.IdentityHashMap<>();
        for (Report r : page.reports()) {
            rows.put(r, compareRow(root, r));
        }
        List<GridCell> total = new ArrayList<>();
        total.add(GridCell.th("合计", "row").withKind("total"));
        for (Headline h : Headline.values()) {
            total.add(sumCell(CellSum.of(page.reports().stream().map(h::of).toList())));
        }
        total.add(GridCell.td("", "check"));
        List<List<GridCell>> foot = List.of(List.copyOf(total));
        List<Views.SortView> views = new ArrayList<>();
        List<Views.Link> sortLinks = new ArrayList<>();
        for (Headline h : Headline.values()) {
            List<Report> sorted = new ArrayList<>(page.reports());
            // each report's figure read once, not at every comparison
            Map<Report, BigDecimal> figure = new java.util.IdentityHashMap<>();
            for (Report r : sorted) {
                figure.put(r, h.of(r).numberOrNull());
            }
            sorted.sort(Comparator.comparing((Report r) -> figure.get(r), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                    .thenComparing(Report::id));
            String id = "by-" + h.key();
            views.add(new Views.SortView(id, "按" + h.label() + "从高到低",
                    compareGrid(page, sorted.stream().map(rows::get).toList(), foot, id, h), false));
            sortLinks.add(new Views.Link(h.label(), "#" + id));
        }
        // The default order (display order of the regions) comes last so CSS can hide it when another is targeted.
        views.add(new Views.SortView("by-name", "按地区顺序",
                compareGrid(page, page.reports().stream().map(rows::get).toList(), foot, "by-name", null), true));
        model.put("views", views);
        model.put("sortLinks", sortLinks);
    }

    /** A report's row in the comparison: the region (linked to the report), its headline figures, its checks. */
    private List<GridCell> compareRow(String root, Report r) {
        RegionInfo child = tree.get(RegionTree.regionPathOf(r.id()));
        List<GridCell> row = new ArrayList<>();
        row.add(GridCell.th(child == null ? r.issuer() : child.name(), "row")
                .withHref(SitePaths.href(root, SitePaths.report(r.id()))));
        for (Headline h : Headline.values()) {
            row.add(GridCell.of(h.of(r)));
        }
        row.add(checks(r));
        return List.copyOf(row);
    }

    private Grid compareGrid(Page.Compare page, List<List<GridCell>> body, List<List<GridCell>> foot, String id,
                             Headline sortedBy) {
        List<GridCell> head = new ArrayList<>();
        head.add(GridCell.th("地区", "col").withHref("#by-name").withKind(sortedBy == null ? "sorted" : "label"));
        for (Headline h : Headline.values()) {
            head.add(GridCell.th(h.label(), "col").withNote(h.unit()).withHref("#by-" + h.key())
                    .withKind(h == sortedBy ? "sorted" : "label"));
        }
        head.add(GridCell.th("检查结果", "col"));
        String caption = page.region().name() + " " + page.year() + "年各地主要数字"
                + (sortedBy == null ? "" : "（按" + sortedBy.label() + "从高到低）");
        return new Grid(id + "-table", caption, cols(1, true), List.of(head), body, foot, true);
    }
}
