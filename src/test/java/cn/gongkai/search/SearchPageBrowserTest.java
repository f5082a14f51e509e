package cn.gongkai.search;


import cn.gongkai.cli.SiteBuild;
import cn.gongkai.content.generate.ContentGenerator;
import cn.gongkai.testing.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in headless Chromium: a generated site (30 reports; its first county holds the look-alike
 * names 卜集镇/卜塔集镇 and 上口街道/上口镇; and one of 200 reports for county filters) built by the real site build,
 * served under /gongkai/nianbao/. Every
 * query must return exactly the indexed pages whose text contains every word, as links that work from the
 * sub-path.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {
    private static final String SUB_PATH = "/gongkai/nianbao/";

    private Path dir;
    private Path site;
    private SubPathServer server;
    /** A larger site (200 reports, four counties), whose counties have pages past the words' places. */
    private SubPathServer countyServer;
    private List<String> countyNames;
    private ChromeDriver driver;
    /** Indexed page path → its text as search sees it (folded). */
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Integer> years = new LinkedHashMap<>();
    private final Map<String, String> counties = new LinkedHashMap<>();
    private final Map<String, String> townships = new LinkedHashMap<>();
    /** Indexed page path → its {@code <title>}. */
    private final Map<String, String> titles = new LinkedHashMap<>();

    @BeforeAll
    void buildAndServe() throws IOException {
        Browser.requireInstalled();
        dir = Files.createTempDirectory("gongkai-search-browser");
        new ContentGenerator(30, 20241).writeTo(dir.resolve("content"));
        site = dir.resolve("site");
        StringWriter err = new StringWriter();
        SiteBuild.Result r = new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .run(new SiteBuild.Options(dir.resolve("content"), site, dir.resolve("themes"), null, false, false,
                        false));
        assertEquals(0, r.exitCode(), "site build failed: " + err);
        JsonNode manifest = new ObjectMapper().readTree(site.resolve("search/index.json").toFile());
        JsonNode pages = new ObjectMapper().readTree(site.resolve("search/" + manifest.get("pages").asText()).toFile());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < pages.get("seg").size(); i++) {
            int parent = i - pages.get("par").get(i).asInt();
            paths.add((parent >= 0 ? paths.get(parent) + "/" : "") + pages.get("seg").get(i).asText());
        }
        int leaf = 0;
        for (int i = 0; i < pages.get("leaf").size(); i++) {
            leaf += pages.get("leaf").get(i).asInt();
            String path = paths.get(leaf);
            String html = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
            PageText text = HtmlText.extract(html);
            texts.put(path, SearchText.fold(text.text()));
            titles.put(path, text.title());
            years.put(path, pages.get("year").get(i).asInt());
            int county = pages.get("county").get(i).asInt();
            counties.put(path, county == 0 ? null : pages.get("counties").get(county - 1).asText());
            int township = pages.get("township").get(i).asInt();
            townships.put(path, township == 0 ? null : pages.get("townships").get(township - 1).asText());
        }
        server = new SubPathServer(site, SUB_PATH);
        new ContentGenerator(200, 20241).writeTo(dir.resolve("content-200"));
        SiteBuild.Result big = new SiteBuild(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .run(new SiteBuild.Options(dir.resolve("content-200"), dir.resolve("site-200"), dir.resolve("themes"),
                        null, false, false, false));
        assertEquals(0, big.exitCode(), "site build failed: " + err);
        JsonNode bigManifest = new ObjectMapper().readTree(dir.resolve("site-200/search/index.json").toFile());
        countyNames = new ArrayList<>();
        new ObjectMapper().readTree(dir.resolve("site-200/search/" + bigManifest.get("pages").asText()).toFile())
                .get("counties").forEach(c -> countyNames.add(c.asText()));
        countyServer = new SubPathServer(dir.resolve("site-200"), SUB_PATH);
        driver = Browser.start(dir.resolve("profile"));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (countyServer != null) {
            countyServer.close();
        }
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void everyReportPageIsIndexed() throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve("reports"))) {
            List<String> reports = s.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertFalse(reports.isEmpty());
            for (String report : reports) {
                assertTrue(texts.containsKey(report), "not in the search index: " + report);
            }
        }
    }

    @Test
    void lookAlikeNamesFindOnlyThemselves() {
        TreeSet<String> buji = search("卜集");
        assertEquals(expected("卜集"), buji);
        assertFalse(buji.isEmpty(), "the generated site has 卜集镇");
        assertTrue(buji.stream().anyMatch(p -> p.contains("/buji-zhen/")), buji.toString());
        assertTrue(buji.stream().noneMatch(p -> p.contains("/butaji-zhen/")), "卜集 must not find 卜塔集镇: " + buji);
        TreeSet<String> butaji = search("卜塔集镇");
        assertEquals(expected("卜塔集镇"), butaji);
        assertFalse(butaji.isEmpty());
        TreeSet<String> jiedao = search("上口街道");
        assertEquals(expected("上口街道"), jiedao);
        assertFalse(jiedao.isEmpty());
        assertEquals(expected("上口镇"), search("上口镇"));
        assertEquals(expected("卜集镇"), search("卜集镇"));
    }

    @Test
    void absentNameFindsNothingAndSaysSo() {
        assertEquals(new TreeSet<>(), search("北京市"));
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("0 条结果"));
        assertEquals(new TreeSet<>(), search("卜集北京"));
    }

    @Test
    void topicsDigitsMixedAndSeveralWordsAreExact() {
        for (String q : List.of("行政复议", "依申请公开", "信息处理费", "2024", "504", "0", "2024年", "卜集镇2024",
                "卜集 2024", "行政复议 上口街道", "镇", "HTTP", "www.")) {
            TreeSet<String> got = search(q);
            assertEquals(expected(q), got, "query " + q);
        }
        String status = driver.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ 条结果"), status);
    }

    @Test
    void wordsAcrossClauseEndsAndSeveralRunBoundariesAreExact() {
        // Taken from the site's own text: a word across a clause end (a run ends after ，), one across a clause
        // end and several figures (checked on the page texts rebuilt from their outlines), a long number.
        String any = texts.values().stream().filter(t -> t.contains("，")).findFirst().orElseThrow();
        int comma = any.indexOf('，', 4);
        List<String> queries = new ArrayList<>(List.of(any.substring(comma - 3, comma + 4)));
        java.util.regex.Matcher several = java.util.regex.Pattern
                .compile("[^0-9|，。]{2}[0-9]+[^0-9|]{1,4}[0-9]+[^0-9|]{2}").matcher(String.join("|", texts.values()));
        assertTrue(several.find(), "the site has two figures close together");
        queries.add(several.group());
        java.util.regex.Matcher clause = java.util.regex.Pattern.compile("[^0-9|]{3}。[^0-9|]{3}")
                .matcher(String.join("|", texts.values()));
        if (clause.find()) {
            queries.add(clause.group());
        }
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("[0-9]{5,}")
                .matcher(String.join("|", texts.values()));
        if (number.find()) {
            queries.add(number.group());
        }
        for (String q : queries) {
            TreeSet<String> got = search(q);
            assertEquals(expected(q), got, "query " + q);
            assertFalse(got.isEmpty(), "query " + q + " is on the site");
        }
    }

    @Test
    void aWordAcrossATableCellBoundaryFindsNothingWhileEachSideFindsItsPage() {
        // Taken from the site's own text (block boundaries are one space): two text cells (a township page's table
        // head), a label and its figure, two figures side by side. Each word is on a page with its two cells run
        // together (so the page without boundaries would hold it) but not in one cell.
        for (String pattern : List.of("([^0-9 |，。：；]{3}) ([^0-9 |，。：；]{3})", "([^0-9 |，。：；]{2}) ([0-9]+)",
                "([0-9]+) ([0-9]+)")) {
            String[] found = acrossABoundary(java.util.regex.Pattern.compile(pattern));
            String page = found[0];
            String q = found[1] + found[2];
            TreeSet<String> got = search(q);
            assertEquals(expected(q), got, "query " + q);
            assertFalse(got.contains(page), "query " + q + " matched across a cell boundary on " + page);
            assertTrue(search(found[1]).contains(page), found[1] + " on " + page);
            assertTrue(search(found[2]).contains(page), found[2] + " on " + page);
        }
    }

    /**
     * A page and the two sides of a boundary {@code pattern} (groups 1 and 2) matches in its text, where the page's
     * text holds the two run together nowhere.
     */
    private String[] acrossABoundary(java.util.regex.Pattern pattern) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            java.util.regex.Matcher m = pattern.matcher(e.getValue());
            while (m.find()) {
                if (!e.getValue().contains(m.group(1) + m.group(2))) {
                    return new String[] {e.getKey(), m.group(1), m.group(2)};
                }
            }
        }
        throw new AssertionError("no page has " + pattern + " across a boundary only");
    }

    @Test
    void snippetsReadAsThePageReadsWithADotBetweenCells() {
        // Every snippet, its "…" ends dropped and each " · " (and the space after a clause end) a boundary, is a stretch
        // of its page's text: nothing is run together across cells; the region pages' table heads show the dots.
        boolean dots = false;
        for (String q : List.of("行政复议", "结转下年", "2021", "0")) {
            for (Map<String, Object> screen : List.of(firstScreen(q), firstScreen(q, Map.of("county",
                    counties.values().stream().filter(c -> c != null).findFirst().orElseThrow())))) {
                List<String> paths = strings(screen.get("paths"));
                List<String> shown = strings(screen.get("texts"));
                assertFalse(paths.isEmpty(), q);
                for (int i = 0; i < paths.size(); i++) {
                    String t = shown.get(i);
                    dots |= t.contains(" · ") && paths.get(i).startsWith("regions/");
                    String read = t.replaceAll("^…|…$", "").replace(" · ", " ");
                    String title = titles.get(paths.get(i));
                    assertTrue(texts.get(paths.get(i)).contains(SearchText.fold(read))
                            || title.replace(" ", "").contains(read), q + ": \"" + t + "\" on " + paths.get(i));
                }
            }
        }
        assertTrue(dots, "a region page's snippet shows the cells of its table apart");
    }

    @Test
    void resultsLinkToTheirPagesUnderTheSubPathAndHighlightTheMatch() {
        search("卜集镇");
        WebElement first = driver.findElement(By.cssSelector("#search-results li"));
        String href = first.findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.startsWith(server.base()), href);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !first.findElements(By.tagName("mark")).isEmpty());
        assertEquals("卜集镇", first.findElement(By.tagName("mark")).getText());
        driver.get(href);
        assertTrue(SearchText.removeSpace(driver.findElement(By.tagName("body")).getText()).contains("卜集镇"));
    }

    @Test
    void typingUpdatesTheUrlAndTheArrowKeysWalkTheResults() {
        driver.get(server.base() + "search/");
        WebElement box = driver.findElement(By.cssSelector("input[type=search]"));
        assertEquals("search-q", box.getAttribute("id"));
        assertFalse(driver.findElements(By.cssSelector("label[for=search-q]")).isEmpty(), "the box has a label");
        box.sendKeys("上口街道");
        waitForResults("上口街道");
        assertEquals("上口街道", query(driver.getCurrentUrl()).get("q"));
        List<WebElement> links = driver.findElements(By.cssSelector("#search-results a"));
        assertTrue(links.size() >= 2, "the fixture has several 上口街道 pages");
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(box, driver.switchTo().activeElement());
        // Reload: the query comes back from the URL.
        driver.navigate().refresh();
        waitForResults("上口街道");
        assertEquals("上口街道", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(expected("上口街道"), links());
    }

    @Test
    void yearFilterLivesInTheUrlAndNarrowsTheResults() {
        TreeSet<String> all = search("行政复议");
        driver.get(server.base() + "search/?q=" + enc("行政复议") + "&year=2024");
        waitForResults("行政复议");
        TreeSet<String> in2024 = links();
        TreeSet<String> want = new TreeSet<>();
        for (String p : expected("行政复议")) {
            if (years.get(p) == 2024) {
                want.add(p);
            }
        }
        assertEquals(want, in2024);
        assertFalse(in2024.isEmpty());
        assertTrue(in2024.size() < all.size());
        assertEquals("2024", new Select(driver.findElement(By.id("search-year"))).getFirstSelectedOption()
                .getAttribute("value"));
        new Select(driver.findElement(By.id("search-year"))).selectByValue("");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !query(d.getCurrentUrl()).containsKey("year"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> links().equals(all));
    }

    @Test
    void filtersWithoutWordsListTheirPages() {
        String county = counties.values().stream().filter(c -> c != null).findFirst().orElseThrow();
        driver.get(server.base() + "search/?county=" + enc(county) + "&year=2024");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                "false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"))
                        && !d.findElement(By.id("search-status")).getText().isEmpty());
        TreeSet<String> want = new TreeSet<>();
        years.forEach((path, year) -> {
            if (year == 2024 && county.equals(counties.get(path))) {
                want.add(path);
            }
        });
        assertFalse(want.isEmpty(), "the fixture has 2024 reports in " + county);
        assertEquals(want, links());
        assertEquals(want.size() + " 条结果", driver.findElement(By.id("search-status")).getText());
    }

    @Test
    void theFirstScreenOfSnippetsFetchesNoPageOutlineAndMarksTheWordOnLongPages() {
        // Frequent words (every region page, long comparison pages), a township name, figures, two words: the
        // snippets of the first ten results come from the places stored with the words, never from the pages'
        // outlines (po) or the digit run blocks (dt), and each marks a query word.
        for (String q : List.of("行政复议", "政府", "卜集", "依申请公开", "0", "2024", "卜集 2024", "镇")) {
            Map<String, Object> screen = firstScreen(q);
            List<String> paths = strings(screen.get("paths"));
            assertFalse(paths.isEmpty(), "query " + q + " is on the site");
            assertEquals(Math.min(10, expected(q).size()), paths.size(), "query " + q);
            for (String f : strings(screen.get("fetched"))) {
                assertFalse(f.startsWith("po-") || f.startsWith("dt-"),
                        "query " + q + " fetched " + f + " for its snippets");
            }
            List<String> words = List.of(SearchText.fold(q).split(" "));
            List<?> marks = (List<?>) screen.get("marks");
            for (int i = 0; i < paths.size(); i++) {
                List<String> marked = strings(marks.get(i));
                assertFalse(marked.isEmpty(), "query " + q + ": no mark in the snippet of " + paths.get(i));
                for (String m : marked) {
                    assertTrue(words.stream().anyMatch(w -> SearchText.fold(m).contains(w)),
                            "query " + q + ": " + paths.get(i) + " marks " + m);
                }
            }
        }
    }

    @Test
    void aYearFilteredFirstScreenMarksTheWordInEverySnippet() {
        // The pages of one year lie past the words' first ten pages, but their first ten in each year have places.
        for (String q : List.of("行政复议", "政府", "依申请公开", "卜集")) {
            Map<String, Object> screen = firstScreen(q, 2023);
            List<String> paths = strings(screen.get("paths"));
            List<?> marks = (List<?>) screen.get("marks");
            assertFalse(paths.isEmpty(), "query " + q + " has 2023 pages");
            for (int i = 0; i < paths.size(); i++) {
                assertEquals(2023, years.get(paths.get(i)), paths.get(i));
                assertTrue(texts.get(paths.get(i)).contains(SearchText.fold(q)), paths.get(i));
                assertTrue(strings(marks.get(i)).contains(q), "query " + q + ": " + paths.get(i) + " marks "
                        + marks.get(i));
            }
            for (String f : strings(screen.get("fetched"))) {
                // The words' places cover the first ten pages of each year: no page outline is read either.
                assertFalse(f.startsWith("dt-") || f.startsWith("po-"),
                        "query " + q + " fetched " + f + " for its snippets");
            }
        }
    }

    /** The pages of one township whose text holds the word. */
    private TreeSet<String> expectedIn(String q, String township) {
        TreeSet<String> want = new TreeSet<>();
        for (String p : expected(q)) {
            if (township.equals(townships.get(p))) {
                want.add(p);
            }
        }
        return want;
    }

    @Test
    void aTownshipFilteredFirstScreenReadsAtMostOneOutlineFileAndMarksTheWordInEverySnippet() {
        // A township's pages lie in different years, past the words' places; their outlines share one file (place
        // order), and the runs a snippet needs are found through it.
        List<String> names = townships.values().stream().filter(t -> t != null).distinct().sorted().toList();
        assertTrue(names.size() >= 3, "the fixture has townships");
        for (String township : names.subList(0, 3)) {
            for (String q : List.of("行政复议", "依申请公开", "政府", "收费", "信息处理费")) {
                Map<String, Object> screen = firstScreen(q, Map.of("township", township));
                List<String> paths = strings(screen.get("paths"));
                assertEquals(expectedIn(q, township), new TreeSet<>(paths), "query " + q + " in " + township);
                List<?> marks = (List<?>) screen.get("marks");
                for (int i = 0; i < paths.size(); i++) {
                    assertTrue(strings(marks.get(i)).contains(q), "query " + q + " in " + township + ": "
                            + paths.get(i) + " marks " + marks.get(i));
                }
                long outlines = strings(screen.get("fetched")).stream().filter(f -> f.startsWith("po-")).count();
                assertTrue(outlines <= 1, "query " + q + " in " + township + " read " + outlines + " outline files: "
                        + screen.get("fetched"));
            }
        }
    }

    @Test
    void aTownshipFilteredDigitWordShowsItsFigureWithTheTextAroundIt() {
        // A figure's snippet past its places is read from the page's digit runs (dt), with the text runs either side
        // of the one holding it, so it reads as the page does: the word marked, words before or after it.
        List<String> names = townships.values().stream().filter(t -> t != null).distinct().sorted().toList();
        for (String township : names.subList(0, 3)) {
            for (String q : List.of("2021", "2024")) {
                Map<String, Object> screen = firstScreen(q, Map.of("township", township));
                List<String> paths = strings(screen.get("paths"));
                assertEquals(expectedIn(q, township), new TreeSet<>(paths), "query " + q + " in " + township);
                assertEverySnippetMarksWithText(screen, q, township);
                long outlines = strings(screen.get("fetched")).stream().filter(f -> f.startsWith("po-")).count();
                assertTrue(outlines <= 1, "query " + q + " in " + township + " read " + outlines + " outline files: "
                        + screen.get("fetched"));
            }
        }
    }

    /** Every result of {@code screen} marks {@code q} in its snippet and shows more than the figure and "…". */
    private static void assertEverySnippetMarksWithText(Map<String, Object> screen, String q, String where) {
        List<String> paths = strings(screen.get("paths"));
        List<?> marks = (List<?>) screen.get("marks");
        List<?> texts = (List<?>) screen.get("texts");
        for (int i = 0; i < paths.size(); i++) {
            assertTrue(strings(marks.get(i)).contains(q), "query " + q + " in " + where + ": "
                    + paths.get(i) + " marks " + marks.get(i));
            String text = (String) texts.get(i);
            assertTrue(text.replace(q, "").codePoints().anyMatch(c -> !Character.isDigit(c) && c != '…'),
                    "query " + q + " in " + where + ": " + paths.get(i) + " shows no text around it: " + text);
        }
    }

    @Test
    void aCountyFilteredFirstScreenMarksTheWordInEverySnippet() {
        String county = counties.values().stream().filter(c -> c != null).findFirst().orElseThrow();
        for (String q : List.of("行政复议", "依申请公开", "政府", "收费")) {
            Map<String, Object> screen = firstScreen(q, Map.of("county", county));
            List<String> paths = strings(screen.get("paths"));
            List<?> marks = (List<?>) screen.get("marks");
            assertFalse(paths.isEmpty(), "query " + q + " in " + county);
            for (int i = 0; i < paths.size(); i++) {
                assertEquals(county, counties.get(paths.get(i)), paths.get(i));
                assertTrue(strings(marks.get(i)).contains(q), "query " + q + " in " + county + ": " + paths.get(i)
                        + " marks " + marks.get(i));
            }
        }
    }

    @Test
    void aCountyFilteredScreenPastThePlacesReadsItsCountysFileAndNoPageOutline() {
        // Past the words' places (the second screen of a county of the 200-report site: region pages, then a year's
        // reports) the snippets come from the county's file of common runs (cm, with its own pages' outlines and its
        // township region pages' rare runs) and, for a figure, from the texts stored with its key (covers): no page
        // outline, also for a two-character word, whose key lists no runs.
        assertEquals(4, countyNames.size(), "the 200-report site's counties: " + countyNames);
        int countyFiles = 0;
        for (String county : countyNames) {
            for (String q : List.of("行政复议", "依申请公开", "信息处理费", "2021", "2024", "收费")) {
                Map<String, Object> screen = screen(countyServer, q, Map.of("county", county), 10);
                List<String> paths = strings(screen.get("paths"));
                assertFalse(paths.isEmpty(), "query " + q + " in " + county + " has a second screen");
                assertEverySnippetMarksWithText(screen, q, county);
                List<String> fetched = strings(screen.get("fetched"));
                assertEquals(0, fetched.stream().filter(f -> f.startsWith("po-")).count(),
                        "query " + q + " in " + county + " read outline files: " + fetched);
                long cm = fetched.stream().filter(f -> f.startsWith("cm-")).count();
                assertTrue(cm <= 1, "query " + q + " in " + county + " read one county file at most: " + fetched);
                countyFiles += (int) cm;
            }
        }
        assertTrue(countyFiles > 0, "no query read a county's file");
    }

    @Test
    void aLongTemplateClauseIsFoundExactlyThroughItsFirstKeyAlone() {
        // Words of four or more characters that are not phrases (in fewer than PHRASE_RUNS runs) but in template text:
        // the few common runs the first key lists, whose texts hold the whole word, cover every page of that key, so
        // the result list reads one shard of n, not one per key (本机关不掌握相关政府信息: four keys in three shards).
        for (String q : List.of("本机关不掌握相关政府信息", "不掌握相关政府信息", "勾稽关系")) {
            Map<String, Object> list = resultList(q);
            assertEquals(expected(q), new TreeSet<>(strings(list.get("paths"))), "query " + q);
            List<String> shards = strings(list.get("fetched")).stream().filter(f -> f.startsWith("n-")).toList();
            assertEquals(1, shards.size(), "query " + q + " read " + shards);
        }
        // Words the first key alone does not decide (行政复议情况: 行政复 is on pages without it; 卜塔集镇, 上口街道:
        // names, in rare runs) are decided by every key, exactly as before.
        for (String q : List.of("行政复议情况", "卜塔集镇", "上口街道")) {
            assertEquals(expected(q), new TreeSet<>(strings(resultList(q).get("paths"))), "query " + q);
        }
    }

    @Test
    void everyPagesOutlineReadsAsItsText() {
        // Outlines are stored by township name, then in place order (IndexBuilder.outlineOrder); the script finds each
        // page's outline there: its runs, one after another, are the page's text.
        driver.get(server.base() + "search/");
        String script = String.join("\n",
                "var done = arguments[arguments.length - 1];",
                ENGINE,
                "e.pages.then(function (pages) {",
                "  return Promise.all(pages.list.map(function (p) { return e.pageText(p.id); })).then(function (ts) {",
                "    var out = {};",
                "    pages.list.forEach(function (p, i) { out[p.path] = ts[i]; });",
                "    done(out);",
                "  });",
                "}).catch(function (err) { done({ error: String(err) }); });");
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) driver.executeAsyncScript(script);
        assertFalse(got.containsKey("error"), String.valueOf(got.get("error")));
        assertEquals(texts.keySet(), got.keySet());
        texts.forEach((path, text) -> assertEquals(text, SearchText.fold((String) got.get(path)), path));
    }

    @Test
    void resultTitlesAreThePagesOwnTitles() {
        // Titles are stored in place order (township by township); the script finds each page's title there.
        for (String q : List.of("卜集", "0", "行政复议", "2021")) {
            Map<String, Object> screen = firstScreen(q);
            List<String> paths = strings(screen.get("paths"));
            List<String> got = strings(screen.get("titles"));
            assertFalse(paths.isEmpty());
            for (int i = 0; i < paths.size(); i++) {
                String title = titles.get(paths.get(i));
                assertEquals(title.substring(0, title.lastIndexOf(" · ")), got.get(i), paths.get(i));
            }
        }
    }

    // ---- helpers ----

    /**
     * Script lines that make the page's search engine {@code e} fetching the site's index files, every path it fetches
     * pushed onto {@code log}.
     */
    private static final String ENGINE = String.join("\n",
            "var base = new URL(document.getElementById('search').getAttribute('data-index'), document.baseURI);",
            "var log = [];",
            "var e = new GongkaiSearch.Engine(function (path) {",
            "  log.push(path);",
            "  return fetch(new URL(path, base)).then(function (r) {",
            "    return /\\.bin$/.test(path) ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : r.json();",
            "  });",
            "});");

    /**
     * Runs the page's search engine in the browser for q and loads the titles and snippets of its first ten results,
     * as the page does when they come into view: the result paths, the files fetched for those titles and snippets
     * (after the result list's), the marked pieces of each snippet, the titles.
     */
    private Map<String, Object> firstScreen(String q) {
        return firstScreen(q, Map.of());
    }

    /** {@link #firstScreen(String)} with the year filter set. */
    private Map<String, Object> firstScreen(String q, int year) {
        return firstScreen(q, Map.of("year", year));
    }

    /** {@link #firstScreen(String)} with filters set ({@code county}, {@code township}, {@code year}). */
    private Map<String, Object> firstScreen(String q, Map<String, Object> filters) {
        return screen(server, q, filters, 0);
    }

    /**
     * {@link #firstScreen(String, Map)} on the site {@code on} serves, for the ten results from result {@code from} on
     * (a screen further down).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> screen(SubPathServer on, String q, Map<String, Object> filters, int from) {
        driver.get(on.base() + "search/");
        String script = String.join("\n",
                "var q = arguments[0], filters = arguments[1], from = arguments[2], done = arguments[arguments.length - 1];",
                ENGINE,
                "e.search(q, filters).then(function (res) {",
                "  var n = log.length, first = res.results.slice(from, from + 10);",
                "  return Promise.all(first.map(function (r) {",
                "    return Promise.all([e.title(r.page), e.snippet(r.hit, res.words)]);",
                "  })).then(function (s) {",
                "    done({ paths: first.map(function (r) { return r.page.path; }), fetched: log.slice(n),",
                "      marks: s.map(function (x) { return x[1].filter(function (p) { return p.mark; })",
                "        .map(function (p) { return p.text; }); }),",
                "      texts: s.map(function (x) { return x[1].map(function (p) { return p.text; }).join(''); }),",
                "      titles: s.map(function (x) { return x[0]; }) });",
                "  });",
                "}).catch(function (err) { done({ error: String(err) }); });");
        Map<String, Object> screen = (Map<String, Object>) driver.executeAsyncScript(script, q, filters, from);
        assertFalse(screen.containsKey("error"), "query " + q + ": " + screen.get("error"));
        return screen;
    }

    /** The results of q (all of them) and the files their list fetched. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resultList(String q) {
        driver.get(server.base() + "search/");
        String script = String.join("\n",
                "var q = arguments[0], done = arguments[arguments.length - 1];",
                ENGINE,
                "e.search(q, {}).then(function (res) {",
                "  done({ paths: res.results.map(function (r) { return r.page.path; }), fetched: log.slice() });",
                "}).catch(function (err) { done({ error: String(err) }); });");
        Map<String, Object> list = (Map<String, Object>) driver.executeAsyncScript(script, q);
        assertFalse(list.containsKey("error"), "query " + q + ": " + list.get("error"));
        return list;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add((String) o);
        }
        return out;
    }

    private TreeSet<String> search(String q) {
        driver.get(server.base() + "search/?q=" + enc(q));
        waitForResults(q);
        return links();
    }

    private void waitForResults(String q) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            String busy = d.findElement(By.id("search-results")).getAttribute("aria-busy");
            return !status.isEmpty() && "false".equals(busy)
                    && q.equals(d.findElement(By.id("search-q")).getAttribute("value"));
        });
    }

    private TreeSet<String> links() {
        TreeSet<String> out = new TreeSet<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results a"))) {
            String href = a.getAttribute("href");
            assertTrue(href.startsWith(server.base()), "link outside the site's sub-path: " + href);
            out.add(URLDecoder.decode(href.substring(server.base().length()), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Indexed pages whose text contains every word of q (ASCII letters folded), computed directly. */
    private TreeSet<String> expected(String q) {
        TreeSet<String> out = new TreeSet<>();
        String[] words = SearchText.fold(q).trim().split("\\s+");
        texts.forEach((path, text) -> {
            for (String w : words) {
                if (!text.contains(w)) {
                    return;
                }
            }
            out.add(path);
        });
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String kv : url.substring(q + 1).split("&")) {
            int eq = kv.indexOf('=');
            out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
