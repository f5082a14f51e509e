package cn.gongkai.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds a small portal from inline content and checks the output as a visitor and a journalist would. */
class PortalSiteTest {
    static final String JINXIANG = "shandong/jining/jinxiang/";

    static String content() {
        return """
                -- content/site.yaml --
                title: 测试县政务公开年报
                description: 本站汇集测试县各乡镇的政府信息公开工作年度报告。
                licence: 可自由使用，请注明来源。
                publisher: 测试县人民政府办公室
                -- content/shandong/_region.yaml --
                name: 山东省
                level: province
                code: "370000000000"
                -- content/shandong/jining/_region.yaml --
                name: 济宁市
                level: city
                -- content/shandong/jining/jinxiang/_region.yaml --
                name: 金乡县
                level: county
                code: "370828000000"
                -- content/shandong/jining/jinxiang/buji-zhen/_region.yaml --
                name: 卜集镇
                level: township
                code: "370828105000"
                order: 1
                -- content/shandong/jining/jinxiang/buji-zhen/2023.md --
                """ + SiteFiles.report2021("金乡县卜集镇人民政府", 2023, 3,
                "2023年，卜集镇认真贯彻《条例》。") + """
                -- content/shandong/jining/jinxiang/buji-zhen/2024.md --
                """ + SiteFiles.report2021("金乡县卜集镇人民政府", 2024, 5,
                "2024年，卜集镇认真贯彻《条例》，进一步推进政务公开。").replace("published: 2024-01-20",
                "published: 2025-01-20\nsource:\n  kind: text\n  file: 2024.source.txt") + """
                -- content/shandong/jining/jinxiang/buji-zhen/2024.source.txt --
                金乡县卜集镇人民政府 2024 年政府信息公开工作年度报告（原文）
                -- content/shandong/jining/jinxiang/huji-zhen/_region.yaml --
                name: 胡集镇
                level: township
                order: 2
                -- content/shandong/jining/jinxiang/huji-zhen/2024.md --
                """ + SiteFiles.report2021("金乡县胡集镇人民政府", 2024, 11,
                "胡集镇 2024 年主动公开信息。") + """
                -- content/shandong/jining/jinxiang/broken-zhen/_region.yaml --
                name: 坏报告镇
                level: township
                order: 3
                -- content/shandong/jining/jinxiang/broken-zhen/2024.md --
                """ + SiteFiles.report2021("金乡县坏报告镇人民政府", 2024, 2, "数字有误。")
                .replace("proactive_total: 22", "proactive_total: -4") + """
                -- content/maying-zhen/_region.yaml --
                name: 马营镇
                level: township
                note: 报告未说明所属县（区）
                -- content/maying-zhen/2024.md --
                """ + SiteFiles.report2021("马营镇人民政府", 2024, 7,
                "马营镇公开了<script>alert('x')</script>通知。");
    }

    @TempDir
    static Path dir;
    static Path site;
    static SiteBuild.Result result;
    static String stdout;
    static String stderr;

    @BeforeAll
    static void build() throws IOException {
        SiteFiles.write(dir, content());
        site = dir.resolve("site-output");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        result = new SiteBuild(new PrintWriter(out, true), new PrintWriter(err, true))
                .run(options(dir, site));
        stdout = out.toString();
        stderr = err.toString();
    }

    static SiteBuild.Options options(Path root, Path out) {
        return new SiteBuild.Options(root.resolve("content"), out, root.resolve("themes"), null, false, false, false);
    }

    static Document page(String path) throws IOException {
        Path p = site.resolve(path);
        assertTrue(Files.exists(p), "missing page " + path + "\n" + stderr);
        return Jsoup.parse(p.toFile(), "UTF-8");
    }

    @Test
    void buildsEveryPageOfTheLayout() throws IOException {
        for (String p : List.of("index.html", "404.html", "data/index.html", "sitemap.xml", "robots.txt", "feed.xml",
                "assets/style.css",
                "regions/shandong/index.html", "regions/shandong/jining/index.html",
                "regions/" + JINXIANG + "index.html",
                "regions/" + JINXIANG + "buji-zhen/index.html",
                "regions/" + JINXIANG + "buji-zhen/changes/index.html",
                "regions/" + JINXIANG + "compare/2024/index.html",
                "regions/" + JINXIANG + "compare/2023/index.html",
                "reports/" + JINXIANG + "buji-zhen/2023/index.html",
                "reports/" + JINXIANG + "buji-zhen/2024/index.html",
                "reports/" + JINXIANG + "huji-zhen/2024/index.html",
                "reports/maying-zhen/2024/index.html",
                "regions/maying-zhen/index.html",
                "sources/" + JINXIANG + "buji-zhen/2024.txt",
                "data/reports/" + JINXIANG + "buji-zhen/2024.json")) {
            assertTrue(Files.exists(site.resolve(p)), "missing " + p + "\n" + stdout + stderr);
        }
    }

    @Test
    void everyInternalLinkResolves() throws IOException {
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
    }

    @Test
    void everyPageHasLanguageTitleViewportHeaderNavAndMain() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                String where = site.relativize(p).toString();
                assertEquals("zh-CN", d.selectFirst("html").attr("lang"), where);
                assertFalse(d.title().isBlank(), where);
                assertNotNull(d.selectFirst("meta[name=viewport]"), where);
                assertNotNull(d.selectFirst("header nav"), where);
                assertEquals(1, d.select("main").size(), where);
                for (var script : d.select("script[src], link[href]")) {
                    String url = script.hasAttr("src") ? script.attr("src") : script.attr("href");
                    assertFalse(url.startsWith("//") || url.contains("://"), where + " loads " + url);
                }
                for (var table : d.select("table")) {
                    assertNotNull(table.selectFirst("caption"), where + ": table without caption");
                    for (var th : table.select("th")) {
                        assertTrue(th.hasAttr("scope"), where + ": th without scope: " + th.text());
                    }
                }
            }
        }
    }

    @Test
    void scriptInNarrativeShowsAsText() throws IOException {
        Document d = page("reports/maying-zhen/2024/index.html");
        assertTrue(d.select("main script").isEmpty());
        assertTrue(d.selectFirst("#part-overview").text().contains("<script>alert('x')</script>"));
    }

    @Test
    void townshipWithoutCountySaysSoAndInventsNone() throws IOException {
        Document d = page("reports/maying-zhen/2024/index.html");
        assertTrue(d.text().contains("报告未说明所属县（区）"), d.text());
        assertFalse(d.text().contains("金乡县"));
    }

    @Test
    void brokenReportIsNamedAndLeftOutWhileOthersBuild() {
        assertEquals(Main.CONTENT_ERRORS, result.exitCode());
        assertTrue(stderr.contains("broken-zhen/2024.md"), stderr);
        assertTrue(stderr.contains("proactive_total"), stderr);
        assertFalse(Files.exists(site.resolve("reports/" + JINXIANG + "broken-zhen/2024/index.html")));
        assertTrue(stdout.contains("4 reports"), stdout);
    }

    @Test
    void everyNumberOfTheReportAppearsOnItsPageAndInItsJson() throws IOException {
        Document d = page("reports/" + JINXIANG + "huji-zhen/2024/index.html");
        var apps = d.getElementById("table-applications");
        assertEquals(25, apps.select("tbody tr").size());
        // new_received total (11+1+2=14) and granted (11) as written in the front matter
        String granted = apps.select("tbody tr").get(2).select("td").last().text();
        assertEquals("11", granted);
        assertEquals("14", apps.select("tbody tr").get(0).select("td").last().text());
        assertEquals("111", d.getElementById("table-art20").select("td").get(6).text());
        assertEquals(15, d.getElementById("table-review").select("td").size());
        assertEquals(5, d.getElementById("table-review").select("td.na").size());
        String json = Files.readString(site.resolve("data/reports/" + JINXIANG + "huji-zhen/2024.json"));
        assertTrue(json.contains("\"licensing_decisions\":111"), json);
    }

    /**
     * For every published report: the cells of its tables, in order, read the same on its page (number, "/" or
     * 未知), in its JSON file and in the tidy CSV.
     */
    @Test
    void everyCellReadsTheSameOnThePageInTheJsonAndInTheCsv() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<String> csv = Files.readAllLines(site.resolve("data/cells.csv"), StandardCharsets.UTF_8);
        int checked = 0;
        try (Stream<Path> files = Files.walk(site.resolve("data/reports"))) {
            for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode r = mapper.readTree(json.toFile());
                String id = r.get("id").asText();
                List<String> expected = new ArrayList<>();
                for (String table : List.of("art20", "art20_2019", "applications", "review_litigation")) {
                    if (r.hasNonNull(table)) {
                        leaves(r.get(table), expected);
                    }
                }
                Document d = page("reports/" + id + "/index.html");
                List<String> shown = d.select("#table-art20 td, #table-applications td, #table-review td").eachText();
                assertEquals(expected, shown, id);
                List<String> fromCsv = new ArrayList<>();
                for (String line : csv) {
                    String[] f = line.split(",", -1);
                    if (f[0].equals(id)) {
                        String value = f[10];
                        String raw = f[11];
                        fromCsv.add(!value.isEmpty() ? value : raw.isEmpty() ? "未知" : "/");
                    }
                }
                assertEquals(expected, fromCsv, id + " in cells.csv");
                checked += expected.size();
            }
        }
        assertTrue(checked > 4 * 190, "cells checked: " + checked);
    }

    private static void leaves(JsonNode n, List<String> out) {
        if (n == null || n.isMissingNode()) {
            return;
        }
        if (n.isObject() || n.isArray()) {
            n.elements().forEachRemaining(c -> leaves(c, out));
        } else if (n.isNull()) {
            out.add("未知");
        } else if (n.isNumber()) {
            out.add(n.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.add(n.asText().equals("/") ? "/" : n.asText());
        }
    }

    @Test
    void notApplicableAndUnknownAreNeverZero() throws IOException {
        Document d = page("reports/" + JINXIANG + "huji-zhen/2024/index.html");
        var punishment = d.getElementById("table-art20").select("tr").get(9).selectFirst("td");
        assertEquals("/", punishment.text());
        assertTrue(punishment.hasClass("na"));
        assertNotNull(d.selectFirst(".legend"));
    }

    @Test
    void comparisonHasEverySortOrderAndTotals() throws IOException {
        Document d = page("regions/" + JINXIANG + "compare/2024/index.html");
        assertNotNull(d.getElementById("by-name"));
        assertNotNull(d.getElementById("by-granted"));
        var byGranted = d.getElementById("by-granted").select("tbody th");
        assertEquals(List.of("胡集镇", "卜集镇"), byGranted.eachText());
        assertEquals("16", d.getElementById("by-name").select("tfoot td").get(3).text()); // granted 5 + 11
    }

    @Test
    void cityPageSumsEachCountyByYear() throws IOException {
        Document d = page("regions/shandong/jining/index.html");
        var rows = d.getElementById("child-figures").select("tbody tr");
        assertEquals(2, rows.size()); // 金乡县 2024 and 2023
        var y2024 = rows.get(0).select("td");
        assertEquals("2", y2024.get(0).text()); // reports
        assertEquals("16", y2024.get(4).text()); // 予以公开 5 + 11
    }

    @Test
    void countyPageLinksItsComparisonsAndTownshipPageHasTrendCharts() throws IOException {
        Document county = page("regions/" + JINXIANG + "index.html");
        assertFalse(county.select("a[href$=jinxiang/compare/2024/]").isEmpty());
        Document town = page("regions/" + JINXIANG + "buji-zhen/index.html");
        assertFalse(town.select("svg polyline").isEmpty());
        assertTrue(town.select("script").isEmpty());
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() throws IOException {
        Path again = dir.resolve("again");
        new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .run(options(dir, again));
        assertEquals(hashes(site), hashes(again));
    }

    @Test
    void buildWithNothingChangedKeepsTheOutputAndRepeatsTheMessages() throws IOException {
        Path root = dir.resolve("edited");
        SiteFiles.write(root, content());
        Path out = root.resolve("site-output");
        SiteBuild.Options o = options(root, out);
        new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).run(o);
        Map<String, String> first = hashes(out);
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        SiteBuild.Result again = new SiteBuild(new PrintWriter(so, true), new PrintWriter(se, true)).run(o);
        assertEquals(Main.CONTENT_ERRORS, again.exitCode());
        assertTrue(so.toString().contains("未改变"), so.toString());
        assertTrue(se.toString().contains("broken-zhen/2024.md"), se.toString());
        assertEquals(first, hashes(out));
        // An edit is noticed: the next build does the work again.
        Path md = root.resolve("content/maying-zhen/2024.md");
        Files.writeString(md, Files.readString(md).replace("通知。", "通知，已更正。"));
        StringWriter so2 = new StringWriter();
        new SiteBuild(new PrintWriter(so2, true), new PrintWriter(new StringWriter())).run(o);
        assertFalse(so2.toString().contains("未改变"), so2.toString());
        assertTrue(Files.readString(out.resolve("reports/maying-zhen/2024/index.html")).contains("已更正"));
    }

    @Test
    void failedBuildKeepsThePreviousOutput() throws IOException {
        Path out = dir.resolve("kept");
        new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .run(options(dir, out));
        Map<String, String> before = hashes(out);
        Path bad = dir.resolve("bad");
        SiteFiles.write(bad, content() + """
                -- themes/default/templates/report.ftlh --
                <#import "layout.ftlh" as l><@l.page frame=frame>${noSuchValue}</@l.page>
                """);
        StringWriter err = new StringWriter();
        SiteBuild.Result r = new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .run(options(bad, out));
        assertEquals(Main.CONTENT_ERRORS, r.exitCode());
        assertTrue(err.toString().contains("report.ftlh"), err.toString());
        assertEquals(before, hashes(out));
        assertFalse(Files.exists(SiteBuild.stagingFolder(out)));
    }

    @Test
    void strictBuildWritesNothingWhenContentHasErrors() {
        Path out = dir.resolve("strict");
        SiteBuild.Result r = new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .run(new SiteBuild.Options(dir.resolve("content"), out, dir.resolve("themes"), null, true, false,
                        false));
        assertEquals(Main.CONTENT_ERRORS, r.exitCode());
        assertFalse(Files.exists(out));
    }

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
