package cn.gongkai.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The built-in theme's templates of the pages a portal has thousands of — {@code report.ftlh}, {@code region.ftlh},
 * {@code changes.ftlh}, {@code compare.ftlh} and the {@code page} macro of {@code layout.ftlh} — written in Java, and
 * {@code home.ftlh} (one page, but its region tree cost ~0.1 s of a build in a template not yet compiled).
 * Freemarker spent more time per report page interpreting the template (looking up record fields by reflection,
 * escaping each value) than the page's own tables and text took; here the fixed markup is a string constant and
 * each value is appended to the page buffer once.
 *
 * <p>The templates stay what defines a page. This class is used for a page only when the template the build would
 * run, and the layout it imports, are exactly the texts it was written from (checked by CRC-32 of the text when the
 * renderer is made): a site theme overriding any of them, or an edit of the built-in templates, sends those pages
 * through Freemarker again. A test renders every page of the test sites both ways and requires the same bytes,
 * and another fails when a built-in template no longer has the recorded CRC (update this class with it). Pages of
 * {@code serve} (live reload) and the 404 page (inlined stylesheet) always run their templates.
 *
 * <p>Every value is read from the same model the template gets, with the template's rules: text escaped as
 * Freemarker's HTML output format does ({@link Html#escape}), numbers as plain digits, {@code …Html} values as is.
 */
final class BuiltInPages {
    static final String LAYOUT = "layout.ftlh";
    /** CRC-32 of each template's UTF-8 text this class mirrors. */
    static final Map<String, Long> MIRRORED = Map.of(
            LAYOUT, 0xaa2d024cL,
            "report.ftlh", 0x2119dd7dL,
            "region.ftlh", 0x14a00759L,
            "changes.ftlh", 0x0e9e98eeL,
            "compare.ftlh", 0x082ee7a6L,
            "home.ftlh", 0xeda3b25bL);

    private final Set<String> enabled;

    private BuiltInPages(Set<String> enabled) {
        this.enabled = Set.copyOf(enabled);
    }

    /** The pages whose templates, as {@code templates} reads them, are the ones written here. */
    static BuiltInPages of(Templates templates) {
        Set<String> on = new TreeSet<>();
        if (matches(templates, LAYOUT)) {
            for (String name : MIRRORED.keySet()) {
                if (!name.equals(LAYOUT) && matches(templates, name)) {
                    on.add(name);
                }
            }
        }
        return new BuiltInPages(on);
    }

    /** None: every page runs its template. */
    static BuiltInPages none() {
        return new BuiltInPages(Set.of());
    }

    private static boolean matches(Templates templates, String name) {
        String text = templates.sourceText(name);
        return text != null && MIRRORED.get(name) == crc(text);
    }

    static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The template names written here for this theme (for tests). */
    Set<String> enabled() {
        return enabled;
    }

    /** True when {@code template} with this model is written here (not for live-reload or inlined-style pages). */
    boolean writes(String template, Map<String, Object> model) {
        if (!enabled.contains(template)) {
            return false;
        }
        Views.Frame f = (Views.Frame) model.get("frame");
        return f != null && !f.liveReload() && f.inlineCss() == null;
    }

    /** Appends the page to {@code sb}; {@link #writes} must be true. */
    void write(PageBuffer sb, String template, Map<String, Object> model) {
        Views.Frame f = (Views.Frame) model.get("frame");
        open(sb, f);
        switch (template) {
            case "report.ftlh" -> report(sb, model);
            case "region.ftlh" -> region(sb, model);
            case "changes.ftlh" -> changes(sb, model);
            case "compare.ftlh" -> compare(sb, model);
            case "home.ftlh" -> home(sb, model);
            default -> throw new IllegalArgumentException("not a built-in page: " + template);
        }
        close(sb, f);
    }

    // ---- layout.ftlh, macro page ----

    private static final Markup HEAD = Markup.of("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
            + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    private static final Markup STYLESHEET = Markup.of("\n<link rel=\"stylesheet\" href=\"");
    private static final Markup FEED = Markup.of("assets/style.css\">\n"
            + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"");
    private static final Markup BRAND = Markup.of("feed.xml\">\n</head>\n<body>\n"
            + "<a class=\"skip\" href=\"#main\">跳到正文</a>\n"
            + "<header class=\"site-header\"><div class=\"wrap\">\n<a class=\"brand\" href=\"");
    private static final Markup NAV = Markup.of("</a>\n<nav aria-label=\"网站导航\">");
    private static final Markup CRUMBS = Markup.of("</nav>\n</div></header>\n<nav class=\"crumbs wrap\" aria-label=\"当前位置\">");
    private static final Markup MAIN = Markup.of("</nav>\n<main id=\"main\" class=\"wrap\">\n");
    private static final Markup MAIN_AFTER_HEADER = Markup.of("</nav>\n</div></header>\n<main id=\"main\" class=\"wrap\">\n");
    private static final Markup FOOTER = Markup.of("</main>\n<footer class=\"site-footer\"><div class=\"wrap\">\n<p>");
    private static final Markup NOTE = Markup.of("</p>\n<p>本站数字均摘自各机关公开发布的年度报告原文；“/”表示报告填写不适用或无，"
            + "“未知”表示报告未给出或无法确定，二者都不等于 0。</p>\n<p><a href=\"");
    private static final Markup DATA_LINK = Markup.of("data/\">数据下载</a> · <a href=\"");
    private static final Markup FEED_LINK = Markup.of("feed.xml\">订阅更新（Atom）</a> · <a href=\"");
    private static final Markup END = Markup.of("sitemap.xml\">网站地图</a></p>\n</div></footer>\n</body>\n</html>\n");

    private static void open(PageBuffer sb, Views.Frame f) {
        String root = f.root();
        HEAD.appendTo(sb);
        if (!f.title().equals(f.siteTitle())) {
            esc(sb, f.title()).append(" · ");
        }
        esc(sb, f.siteTitle()).append("</title>\n");
        if (f.description() != null) {
            esc(sb.append("<meta name=\"description\" content=\""), f.description()).append("\">");
        }
        esc(STYLESHEET.appendTo(sb), root);
        esc(FEED.appendTo(sb), f.siteTitle());
        esc(sb.append("：最新报告\" href=\""), root);
        BRAND.appendTo(sb);
        esc(sb, root).append(root.isEmpty() ? "./\">" : "\">");
        NAV.appendTo(esc(sb, f.siteTitle()));
        ListHtml.nav(sb, f.nav());
        if (f.crumbs() != null && !f.crumbs().isEmpty()) {
            CRUMBS.appendTo(sb);
            ListHtml.crumbs(sb, f.crumbs(), f.title());
            MAIN.appendTo(sb);
        } else {
            MAIN_AFTER_HEADER.appendTo(sb);
        }
    }

    private static void close(PageBuffer sb, Views.Frame f) {
        String root = f.root();
        esc(FOOTER.appendTo(sb), f.siteTitle());
        if (f.publisher() != null) {
            esc(sb.append(" · "), f.publisher());
        }
        esc(NOTE.appendTo(sb), root);
        esc(DATA_LINK.appendTo(sb), root);
        esc(FEED_LINK.appendTo(sb), root);
        END.appendTo(sb);
    }

    /** layout.ftlh, macro legend. */
    private static final Markup LEGEND = Markup.of("<p class=\"legend\" aria-label=\"表格说明\"><span><span class=\"swatch num\">12"
            + "</span> 报告所填数字</span> <span><span class=\"swatch na\">/</span> 报告填写“/”“—”或“无”：不适用或无（不是 0）"
            + "</span> <span><span class=\"swatch unknown\">未知</span> 报告未给出、表格缺失或无法确定（不是 0）</span></p>\n");

    private static final Markup CHECKS_OK = Markup.of("<span class=\"badge ok\">检查无问题</span>");

    /** layout.ftlh, macro checks. */
    private static void checks(PageBuffer sb, long e, long w) {
        if (e > 0) {
            sb.append("<span class=\"badge error\">").append(e).append(" 个错误</span>");
        }
        if (w > 0) {
            sb.append("<span class=\"badge warning\">").append(w).append(" 个警告</span>");
        }
        if (e == 0 && w == 0) {
            CHECKS_OK.appendTo(sb);
        }
    }

    // ---- report.ftlh ----

    private static void report(PageBuffer sb, Map<String, Object> m) {
        ARTICLE.appendTo(sb);
        Object year = m.get("year");
        if (year != null) {
            sb.append(year).append("年度");
        }
        esc(sb.append(" · "), (String) m.get("formatLabel")).append("</p>\n<h1>");
        esc(sb, (String) m.get("title")).append("</h1>\n<dl class=\"facts\">\n");
        String issuer = (String) m.get("issuer");
        if (issuer != null) {
            esc(sb.append("<div><dt>发布机关<dd>"), issuer).append("</div>\n");
        }
        ListHtml.places(sb, list(m.get("place"), Views.PlaceLine.class));
        sb.append('\n');
        String published = (String) m.get("published");
        if (published != null) {
            esc(sb.append("<div><dt>发布日期<dd>"), published).append("</div>\n");
        }
        CHECK_FACT.appendTo(sb);
        checks(sb, number(m.get("errorCount")), number(m.get("warningCount")));
        FACTS_END.appendTo(sb);
        String regionNote = (String) m.get("regionNote");
        if (regionNote != null) {
            esc(sb.append("<p class=\"note\">"), regionNote).append("</p>\n");
        }
        LINKS.appendTo(sb);
        Views.Link previous = (Views.Link) m.get("previous");
        if (previous != null) {
            esc(sb.append("<li><a href=\""), previous.href()).append("\" rel=\"prev\">← 上一年（");
            esc(sb, previous.label()).append("）</a>\n");
        }
        Views.Link next = (Views.Link) m.get("next");
        if (next != null) {
            esc(sb.append("<li><a href=\""), next.href()).append("\" rel=\"next\">下一年（");
            esc(sb, next.label()).append("）→</a>\n");
        }
        linkItem(sb, (String) m.get("changesHref"), "\">逐年对比</a>\n");
        linkItem(sb, (String) m.get("sourceHref"), "\">报告原文副本</a>\n");
        linkItem(sb, (String) m.get("sourceUrl"), "\" rel=\"external nofollow\">原发布页面</a>\n");
        for (Views.Link d : list(m.get("dataLinks"), Views.Link.class)) {
            esc(sb.append("<li><a href=\""), d.href()).append("\">");
            esc(sb, d.label()).append("</a>\n");
        }
        FIGURES.appendTo(sb);
        ReportHtml.figures(sb, list(m.get("figures"), ReportPages.Figure.class));
        TOC.appendTo(sb);
        ListHtml.toc(sb, list(m.get("sections"), Views.SectionView.class));
        NAV_END.appendTo(sb);
        boolean legendShown = false;
        for (Views.SectionView s : list(m.get("sections"), Views.SectionView.class)) {
            PART_END.appendTo(esc(PART.appendTo(sb), s.anchor()));
            ReportHtml.part(sb, s);
            if (s.hasTable() && !legendShown) {
                sb.append(LEGEND);
                legendShown = true;
            }
            SECTION_END.appendTo(sb);
        }
        CHECKS.appendTo(sb);
        List<Views.DiagnosticView> diagnostics = list(m.get("diagnostics"), Views.DiagnosticView.class);
        if (!diagnostics.isEmpty()) {
            sb.append("<ul class=\"diagnostics\">\n");
            for (Views.DiagnosticView d : diagnostics) {
                esc(sb.append("<li class=\""), d.severity()).append("\"><span class=\"badge ");
                esc(sb, d.severity()).append("\">");
                esc(sb, d.severityLabel()).append("</span> ");
                esc(sb, d.message());
                if (d.location() != null) {
                    esc(sb.append(" <span class=\"where\">（"), d.location()).append("）</span>");
                }
                esc(sb.append(" <code>"), d.code()).append("</code>\n");
            }
            sb.append("</ul>\n");
        } else {
            NO_PROBLEMS.appendTo(sb);
        }
        ARTICLE_END.appendTo(sb);
    }

    private static final Markup ARTICLE = Markup.of("<article class=\"report\">\n<header class=\"page-head\">\n"
            + "<p class=\"kicker\">");
    private static final Markup CHECK_FACT = Markup.of("<div><dt>检查结果<dd><a href=\"#checks\">");
    private static final Markup FACTS_END = Markup.of("</a></div>\n</dl>\n");
    private static final Markup LINKS = Markup.of("<nav class=\"report-links\" aria-label=\"本报告相关链接\"><ul>\n");
    private static final Markup FIGURES = Markup.of("</ul></nav>\n</header>\n<section class=\"figures\" "
            + "aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\" class=\"visually-hidden\">主要数字</h2>\n");
    private static final Markup PART = Markup.of("<section id=\"");
    private static final Markup PART_END = Markup.of("\" class=\"part\">\n");
    private static final Markup SECTION_END = Markup.of("</section>\n");
    private static final Markup CHECKS = Markup.of("<section id=\"checks\" class=\"part checks\">\n<h2>检查结果</h2>\n"
            + "<p>按国家规定的表格勾稽关系（申请数量、办理结果、复议诉讼合计等）和前后年度一致性检查本报告。</p>\n");
    private static final Markup NO_PROBLEMS = Markup.of("<p class=\"ok\">未发现问题。</p>\n");
    private static final Markup ARTICLE_END = Markup.of("</section>\n</article>\n");

    private static final Markup TOC = Markup.of("</section>\n<nav class=\"toc\" aria-label=\"报告目录\">");
    private static final Markup NAV_END = Markup.of("</nav>\n");

    private static void linkItem(PageBuffer sb, String href, String rest) {
        if (href != null) {
            esc(sb.append("<li><a href=\""), href).append(rest);
        }
    }

    // ---- region.ftlh ----

    private static void region(PageBuffer sb, Map<String, Object> m) {
        esc(sb.append("<header class=\"page-head\">\n<p class=\"kicker\">"), (String) m.get("level"));
        String code = (String) m.get("code");
        if (code != null) {
            esc(sb.append(" · 区划代码 "), code);
        }
        esc(sb.append("</p>\n<h1>"), (String) m.get("name")).append("</h1>\n");
        if (!list(m.get("place"), Object.class).isEmpty()) {
            sb.append("<dl class=\"facts\">\n").append((String) m.get("placeHtml")).append("\n</dl>\n");
        }
        String note = (String) m.get("note");
        if (note != null) {
            esc(sb.append("<p class=\"note\">"), note).append("</p>\n");
        }
        long below = number(m.get("reportsBelow"));
        sb.append("<p class=\"summary\">共 ").append(below).append(" 份报告");
        if (below > 0) {
            sb.append("；检查发现 ");
            checks(sb, number(m.get("errorsBelow")), number(m.get("warningsBelow")));
        }
        sb.append("</p>\n</header>\n");
        boolean legendShown = false;
        Grid reports = (Grid) m.get("reports");
        if (reports != null) {
            sb.append("<section aria-labelledby=\"reports-h\">\n<h2 id=\"reports-h\">历年报告</h2>\n");
            reports.appendHtml(sb);
            sb.append(LEGEND);
            legendShown = true;
            String changesHref = (String) m.get("changesHref");
            if (changesHref != null) {
                esc(sb.append("<p><a class=\"button\" href=\""), changesHref).append("\">逐年对比全部数字 →</a></p>\n");
            }
            sb.append("</section>\n");
        }
        List<Views.TrendChart> charts = list(m.get("charts"), Views.TrendChart.class);
        if (!charts.isEmpty()) {
            sb.append("<section aria-labelledby=\"trends-h\">\n<h2 id=\"trends-h\">主要数字趋势</h2>\n"
                    + "<p class=\"muted\">空心点表示该年报告未给出此项（未知）或填写“/”，不按 0 画线。</p>\n<div class=\"charts\">");
            for (Views.TrendChart c : charts) {
                TrendCharts.svg(sb, c);
            }
            sb.append("</div>\n</section>\n");
        }
        List<RegionPages.Child> children = list(m.get("children"), RegionPages.Child.class);
        if (!children.isEmpty()) {
            sb.append("<section aria-labelledby=\"children-h\">\n<h2 id=\"children-h\">下级地区</h2>\n<ul class=\"children\">\n");
            for (RegionPages.Child c : children) {
                esc(sb.append("<li><a href=\""), c.href()).append("\">");
                esc(sb, c.name()).append("</a> <span class=\"muted\">");
                esc(sb, c.level()).append(" · ").append(c.below()).append(" 份报告</span>");
                if (c.note() != null) {
                    esc(sb.append(" <span class=\"note-inline\">"), c.note()).append("</span>");
                }
                sb.append('\n');
            }
            sb.append("</ul>\n</section>\n");
        }
        List<Views.Link> compares = list(m.get("compares"), Views.Link.class);
        if (!compares.isEmpty()) {
            sb.append("<section aria-labelledby=\"compare-h\">\n<h2 id=\"compare-h\">各地对比</h2>\n"
                    + "<p>按年度把下级地区的主要数字并排比较，并可按各项排序：</p>\n<ul class=\"inline-list\">");
            for (Views.Link c : compares) {
                esc(sb.append("<li><a href=\""), c.href()).append("\">");
                esc(sb, c.label()).append("</a>");
            }
            sb.append("</ul>\n</section>\n");
        }
        Grid childFigures = (Grid) m.get("childFigures");
        if (childFigures != null) {
            sb.append("<section aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\">下级地区各年度主要数字</h2>\n");
            childFigures.appendHtml(sb);
            if (!legendShown) {
                sb.append(LEGEND);
            }
            sb.append("<p class=\"muted\">合计标“至少”的，其中有报告未给出该项。</p>\n</section>\n");
        }
    }

    // ---- changes.ftlh ----

    private static void changes(PageBuffer sb, Map<String, Object> m) {
        String name = (String) m.get("name");
        esc(sb.append("<header class=\"page-head\">\n<h1>"), name).append("：逐年对比</h1>\n<p>把 <a href=\"");
        esc(sb, (String) m.get("regionHref")).append("\">");
        esc(sb, name).append("</a> 各年度报告的每一个数字并排列出，括号内是与上一年相比的变化。</p>\n</header>\n");
        List<Views.ReuseView> reuse = list(m.get("reuse"), Views.ReuseView.class);
        if (Boolean.TRUE.equals(m.get("reuseAvailable")) && !reuse.isEmpty()) {
            sb.append("<section aria-labelledby=\"reuse-h\">\n<h2 id=\"reuse-h\">文字与上一年报告的重复程度</h2>\n"
                    + "<div class=\"table-scroll\" role=\"region\" aria-label=\"文字重复程度\" tabindex=\"0\">\n"
                    + "<table class=\"data\">\n<caption>报告文字中与上一年报告相同的比例</caption>\n"
                    + "<thead><tr><th scope=\"col\">年度<th scope=\"col\">对比年度<th scope=\"col\">重复文字占比</thead>\n<tbody>");
            for (Views.ReuseView r : reuse) {
                esc(sb.append("\n<tr><th scope=\"row\">"), r.year()).append("<td>");
                esc(sb, r.comparedWith()).append("<td>");
                esc(sb, r.share());
            }
            sb.append("\n</tbody>\n</table>\n</div>\n<p class=\"muted\">比例高说明报告大段沿用上一年的文字。</p>\n</section>\n");
        }
        ChangesTable table = (ChangesTable) m.get("changesTable");
        Grid grid = (Grid) m.get("grid");
        if (table != null || grid != null) {
            sb.append("<section aria-labelledby=\"grid-h\">\n<h2 id=\"grid-h\">各项数字</h2>\n");
            if (table != null) {
                table.appendHtml(sb);
            } else {
                grid.appendHtml(sb);
            }
            sb.append(LEGEND).append("<p class=\"muted\">各年度均为“未知”的项目未列出。</p>\n</section>\n");
        } else {
            sb.append("<p>暂无带年度的报告。</p>\n");
        }
    }

    // ---- compare.ftlh ----

    private static void compare(PageBuffer sb, Map<String, Object> m) {
        String name = (String) m.get("name");
        Object year = m.get("year");
        esc(sb.append("<header class=\"page-head\">\n<h1>"), name).append(' ').append(year).append("年 各地对比</h1>\n"
                + "<p>下级各地区 ").append(year).append(" 年度报告的主要数字并排列出，最后一行为合计。点击表头或下面的链接可按该项从高到低排序（无需脚本）。</p>\n"
                + "<p class=\"inline-list\">其他年度：");
        List<Views.Link> years = list(m.get("years"), Views.Link.class);
        for (int i = 0; i < years.size(); i++) {
            Views.Link y = years.get(i);
            if (y.href() != null) {
                esc(sb.append("<a href=\""), y.href()).append("\">");
                esc(sb, y.label()).append("</a>");
            } else {
                esc(sb.append("<strong>"), y.label()).append("</strong>");
            }
            if (i < years.size() - 1) {
                sb.append(" · ");
            }
        }
        sb.append("</p>\n<p class=\"inline-list\">排序：<a href=\"#by-name\">按地区顺序</a>");
        for (Views.Link s : list(m.get("sortLinks"), Views.Link.class)) {
            esc(sb.append(" · <a href=\""), s.href()).append("\">");
            esc(sb, s.label()).append("</a>");
        }
        sb.append("</p>\n</header>\n<div class=\"sort-views\">\n");
        // every order shows the same rows (the same lists): each row is written once
        Map<List<GridCell>, Markup> rows = new java.util.IdentityHashMap<>();
        for (Views.SortView v : list(m.get("views"), Views.SortView.class)) {
            esc(sb.append("<section id=\""), v.id()).append(v.fallback() ? "\" class=\"sort-view fallback\" aria-label=\""
                    : "\" class=\"sort-view\" aria-label=\"");
            esc(sb, v.label()).append("\">\n");
            GridHtml.render(sb, v.grid(), rows);
            sb.append("</section>\n");
        }
        sb.append("</div>\n").append(LEGEND)
                .append("<p class=\"muted\">标“至少”的合计里有报告未给出该项。排序时“/”和“未知”排在最后。</p>\n");
    }

    // ---- home.ftlh ----

    private static void home(PageBuffer sb, Map<String, Object> m) {
        Views.Frame f = (Views.Frame) m.get("frame");
        esc(sb.append("<section class=\"intro\">\n<h1>"), f.siteTitle()).append("</h1>\n<div class=\"prose lead\">")
                .append((String) m.get("descriptionHtml")).append("</div>\n<p class=\"stats\">收录 <strong>")
                .append(number(m.get("reportCount"))).append("</strong> 份报告，涉及 <strong>")
                .append(number(m.get("regionCount"))).append("</strong> 个地区");
        Object latestYear = m.get("latestYear");
        if (latestYear != null) {
            sb.append("，最新为 <strong>").append(latestYear).append("</strong> 年度");
        }
        sb.append("。</p>\n</section>\n<div class=\"home-grid\">\n<section id=\"regions\" aria-labelledby=\"regions-h\">\n"
                + "<h2 id=\"regions-h\">按地区浏览</h2>\n<div class=\"tree\">");
        treeList(sb, list(m.get("tree"), Views.TreeItem.class));
        sb.append("</div>\n</section>\n<section aria-labelledby=\"latest-h\">\n<h2 id=\"latest-h\">最新报告</h2>\n"
                + "<ol class=\"report-list\">\n");
        for (Views.ReportLink r : list(m.get("latest"), Views.ReportLink.class)) {
            esc(sb.append("<li><a href=\""), r.href()).append("\">");
            esc(sb, r.title()).append("</a><br><span class=\"muted\">");
            esc(sb, r.place());
            if (r.published() != null) {
                esc(sb.append(" · 发布于 "), r.published());
            }
            sb.append("</span> ");
            checks(sb, r.errors(), r.warnings());
            sb.append('\n');
        }
        sb.append("</ol>\n<p><a href=\"feed.xml\">订阅最新报告（Atom）</a></p>\n</section>\n</div>\n");
        Grid totals = (Grid) m.get("totals");
        if (totals != null) {
            sb.append("<section aria-labelledby=\"totals-h\">\n<h2 id=\"totals-h\">").append(latestYear)
                    .append("年各县（区）合计</h2>\n<p class=\"muted\">把同一县（区）内各报告的数字相加。标“至少”的合计里有报告未给出该项，"
                            + "实际数字可能更大。</p>\n");
            totals.appendHtml(sb);
            sb.append(LEGEND).append("</section>\n");
        }
    }

    /** home.ftlh, macro treeList. */
    private static void treeList(PageBuffer sb, List<Views.TreeItem> items) {
        sb.append("<ul>");
        for (Views.TreeItem t : items) {
            esc(sb.append("<li><a href=\""), t.href()).append("\">");
            esc(sb, t.name()).append("</a> <span class=\"muted\">");
            esc(sb, t.level()).append(" · ").append(t.reports()).append(" 份报告</span>");
            if (t.children() != null && !t.children().isEmpty()) {
                treeList(sb, t.children());
            }
        }
        sb.append("</ul>\n");
    }

    // ---- helpers ----

    private static PageBuffer esc(PageBuffer sb, String s) {
        return Html.escape(sb, s);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o, Class<T> type) {
        return o == null ? List.of() : (List<T>) o;
    }
}
