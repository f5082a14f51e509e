package cn.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexerTest {
    private static final String[][] PAGES = {
        {"reports/jinxiang/buji-zhen/2024/index.html", "卜集镇", "2024", "卜集镇人民政府2024年收到行政复议申请5件。"},
        {"reports/jinxiang/butaji-zhen/2024/index.html", "卜塔集镇", "2024", "卜塔集镇人民政府未收到申请，依申请公开0件。"},
        {"reports/jinxiang/buji-zhen/2023/index.html", "卜集镇", "2023", "卜集镇2023年依申请公开504件。"},
        {"regions/jinxiang/buji-zhen/index.html", "卜集镇", null, "卜集镇：2023年、2024年报告。"},
    };

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>" + title + " · 公开年报</title></head><body>"
                + "<header><nav>首页 检索</nav></header><main><p>" + body + "</p></main><footer>页脚</footer></body></html>";
    }

    private static Map<String, String> build(List<String[]> pages) throws IOException {
        SearchIndexer indexer = new SearchIndexer();
        for (String[] p : pages) {
            indexer.add(p[0], html(p[1], p[3]),
                    new Facets("金乡县", p[1], p[2] == null ? null : Integer.valueOf(p[2])));
        }
        Map<String, String> out = new TreeMap<>();
        indexer.write((path, bytes) -> out.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void writesAManifestWhoseFilesAllExistUnderHashedNames() throws IOException {
        Map<String, String> files = build(List.of(PAGES));
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        assertTrue(files.containsKey("search/" + manifest.get("pages").asText()));
        assertTrue(manifest.get("pages").asText().matches("pages-[0-9a-f]{10}\\.json"));
        for (String kind : List.of("n", "r", "d", "j", "rp", "nt", "dt", "po", "tt", "cm")) {
            String dir = manifest.get(kind).get("dir").asText();
            assertTrue(dir.matches(kind + "-[0-9a-f]{10}"), dir);
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("search/" + dir + "/")), kind);
        }
        for (String f : files.keySet()) {
            assertTrue(f.startsWith("search/"), f);
            assertTrue(f.endsWith(".bin") || f.endsWith(".json") && files.get(f).endsWith("\n"), f);
        }
    }

    @Test
    void outputDependsOnThePagesNotOnTheOrderTheyCameIn() throws IOException {
        List<String[]> reversed = new ArrayList<>(List.of(PAGES));
        java.util.Collections.reverse(reversed);
        assertEquals(build(List.of(PAGES)), build(reversed));
    }

    @Test
    void aChangedPageChangesTheNamesOfTheFilesHoldingIt() throws IOException {
        List<String[]> changed = new ArrayList<>(List.of(PAGES));
        changed.set(0, new String[] {PAGES[0][0], PAGES[0][1], PAGES[0][2], "卜集镇人民政府2024年未收到申请。"});
        JsonNode a = new ObjectMapper().readTree(build(List.of(PAGES)).get(SearchIndexer.MANIFEST));
        JsonNode b = new ObjectMapper().readTree(build(changed).get(SearchIndexer.MANIFEST));
        assertNotEquals(a.get("po").get("dir"), b.get("po").get("dir"));
        assertNotEquals(a.get("n").get("dir"), b.get("n").get("dir"));
        assertEquals(a.get("tt").get("dir"), b.get("tt").get("dir"), "titles did not change");
    }

    @Test
    void pagesWithoutYearComeFirstThenNewestReports() throws IOException {
        Map<String, String> files = build(List.of(PAGES));
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        JsonNode pages = new ObjectMapper().readTree(files.get("search/" + manifest.get("pages").asText()));
        List<Integer> years = new ArrayList<>();
        pages.get("year").forEach(y -> years.add(y.asInt()));
        assertEquals(List.of(0, 2024, 2024, 2023), years);
        assertEquals("[\"卜塔集镇\",\"卜集镇\"]", pages.get("townships").toString());
    }

    @Test
    void figuresInTwoCellsAreTwoDigitRunsAndNoJunctionCrossesABoundary() {
        Map<String, Runs.TextRun> text = new java.util.HashMap<>();
        Map<String, Runs.DigitRun> digits = new java.util.HashMap<>();
        // as HtmlText reads <th>结转下年<th>行政复议<tr><td>1<td>23<td>4
        Runs.Run[] rs = Runs.split("结转下年 行政复议 1 23 4", text, digits);
        List<String> got = new ArrayList<>();
        for (Runs.Run r : rs) {
            got.add(r.text);
        }
        assertEquals(List.of("结转下年 行政复议 ", "1", "23", "4"), got);
        byte[] edges = numbered(rs);
        assertTrue(IndexBuilder.bounded(rs[0], rs[1], edges), "text cell, then a figure's cell");
        assertTrue(IndexBuilder.bounded(rs[1], rs[2], edges), "two figures side by side");
        // <p>共12件。<p>其中3件
        Runs.Run[] clause = Runs.split("共12件。 其中3件", text, digits);
        byte[] clauseEdges = numbered(clause);
        assertTrue(!IndexBuilder.bounded(clause[0], clause[1], clauseEdges)
                && !IndexBuilder.bounded(clause[1], clause[2], clauseEdges), "a figure inside a sentence");
        assertEquals(" 其中", clause[3].text);
        assertTrue(IndexBuilder.bounded(clause[2], clause[3], clauseEdges), "one paragraph ending, the next beginning");
    }

    /** Numbers the text runs of one page as the index does (0, 1, …) and gives their {@link IndexBuilder#edges}. */
    private static byte[] numbered(Runs.Run[] page) {
        byte[] edges = new byte[page.length];
        int n = 0;
        for (Runs.Run r : page) {
            if (r instanceof Runs.TextRun) {
                r.id = n;
                edges[n++] = IndexBuilder.edges(r.text);
            }
        }
        return edges;
    }

    @Test
    void noKeyNorPhraseHoldsABoundary() throws IOException {
        // the same two cells on many pages, in runs of their own: without boundaries 年行 and 下年行 would be keys
        List<String[]> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(new String[] {"regions/t" + i + "/index.html", "镇" + i, null,
                    "<table><tr><th>结转下年<th>行政复议</table><p>第" + i + "页：结转下年<p>行政复议"});
        }
        Map<String, String> files = build(pages);
        String n = String.join("", files.entrySet().stream().filter(e -> e.getKey().startsWith("search/n-"))
                .map(Map.Entry::getValue).toList());
        assertTrue(n.contains("结转下") && n.contains("行政复"), "keys of one cell");
        assertTrue(!n.contains("年行") && !n.contains("年 ") && !n.contains(" 行"), "no key across the cells");
    }

    @Test
    void indexesTheVisibleTextAndTheTitleButNotNavigationOrFooter() throws IOException {
        Map<String, String> files = build(List.of(PAGES));
        String texts = String.join("", files.entrySet().stream()
                .filter(e -> e.getKey().startsWith("search/nt-") || e.getKey().startsWith("search/dt-"))
                .map(Map.Entry::getValue).toList());
        for (String run : List.of("\"卜集镇·公开年报 卜集镇人民政府\"", "\"2024\"", "\"年收到行政复议申请\"", "\"件。\"")) {
            assertTrue(texts.contains(run), run + " in " + texts);
        }
        assertTrue(!texts.contains("页脚") && !texts.contains("首页"), texts);
    }

    @Test
    void textRunsEndAfterAClauseEndSoRepeatedClausesAreStoredOnce() {
        Map<String, Runs.TextRun> text = new java.util.HashMap<>();
        Map<String, Runs.DigitRun> digits = new java.util.HashMap<>();
        Runs.Run[] a = Runs.split("甲镇认真落实条例，加强公开。共12件", text, digits);
        Runs.Run[] b = Runs.split("乙镇认真落实条例，加强公开。", text, digits);
        List<String> parts = new ArrayList<>();
        for (Runs.Run r : a) {
            parts.add(r.text);
        }
        assertEquals(List.of("甲镇认真落实条例，", "加强公开。", "共", "12", "件"), parts);
        assertTrue(a[1] == b[1], "the clause both pages have is one run");
        assertEquals(5, text.size(), "乙镇认真落实条例， is the only text run the second page adds");
    }

    @Test
    void pagesAddedFromManyThreadsAtOnceGiveTheSameIndex() throws Exception {
        List<String[]> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String[] p = PAGES[i % PAGES.length];
            many.add(new String[] {"reports/t" + i + "/" + p[0], p[1], p[2], p[3] + "第" + i + "页。"});
        }
        Map<String, String> serial = build(many);
        SearchIndexer indexer = new SearchIndexer();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (String[] p : many) {
                done.add(pool.submit(() -> indexer.add(p[0], html(p[1], p[3]),
                        new Facets("金乡县", p[1], p[2] == null ? null : Integer.valueOf(p[2])))));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, String> parallel = new TreeMap<>();
        indexer.write((path, bytes) -> parallel.put(path, new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(serial, parallel);
    }

    @Test
    void aWordsFirstPlacesPointAtTheRunWhereItFirstOccursOnItsFirstTenPages() throws IOException {
        // 14 reports hold 卜集 (the region page too); its postings keep where it first occurs on the first ten
        // pages of its set, so a snippet reads that one run and not the page's outline.
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {"regions/jinxiang/buji-zhen/index.html", "卜集镇", null, "历年报告：卜集镇。"});
        for (int i = 0; i < 14; i++) {
            pages.add(new String[] {"reports/jinxiang/t" + (10 + i) + "/2024/index.html", "第" + i + "镇", "2024",
                    "第" + i + "镇年报，本镇邻近卜集镇" + i + "公里，卜集镇人民政府。"});
        }
        Map<String, byte[]> files = buildBytes(pages);
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        assertEquals(IndexBuilder.PLACES, manifest.get("places").asInt());
        List<Integer> numbers = varints(entry(files, manifest.get("n"), "卜集"));
        List<Integer> set = pageSet(numbers);
        assertEquals(15, set.size(), "every page holds 卜集");
        List<Integer> places = numbers.subList(pageSetLength(numbers), numbers.size());
        // The region page (of no year) is a year group of its own: its place, then the first ten of 2024.
        assertEquals(2 * (1 + IndexBuilder.PLACES), places.size(),
                "places of the region page and the first ten 2024 pages only, nothing after");
        List<String> runs = new ArrayList<>();
        new ObjectMapper().readTree(files.get("search/" + manifest.get("nt").get("dir").asText() + "/0.json"))
                .forEach(t -> runs.add(t.asText()));
        int run = 0;
        for (int k = 0; k < 1 + IndexBuilder.PLACES; k++) {
            int z = places.get(2 * k);
            run = k == 0 ? z : run + (z % 2 == 1 ? -(z + 1) / 2 : z / 2);
            String text = runs.get(run);
            int at = text.offsetByCodePoints(0, places.get(2 * k + 1));
            assertTrue(text.startsWith("卜集", at), "page " + set.get(k) + ": " + text + " at " + at);
            // The first place on the page: the region page's title run, a report's first sentence naming 卜集镇
            // (not the later 卜集镇人民政府).
            assertEquals(k == 0 ? "卜集镇·公开年报 历年报告：" : "本镇邻近卜集镇", text, "page " + set.get(k));
        }
    }

    @Test
    void placesCoverTheFirstTenPagesOfEachYearSoAYearFilteredFirstScreenHasThem() throws IOException {
        // 13 reports of 2024 and 13 of 2023 hold 卜集, each year in its own sentence. A first screen filtered by
        // 2023 shows the first ten 2023 pages, past the set's first ten: their places are stored too.
        List<String[]> pages = new ArrayList<>();
        for (int year : new int[] {2024, 2023}) {
            for (int i = 0; i < 13; i++) {
                String sentence = year == 2024 ? "今年本镇邻近卜集镇" : "去年卜集镇在本镇以北";
                pages.add(new String[] {"reports/jinxiang/t" + (10 + i) + "/" + year + "/index.html", "第" + i + "镇",
                        String.valueOf(year), "第" + i + "镇年报，" + sentence + i + "公里，收到申请5件。"});
            }
        }
        Map<String, byte[]> files = buildBytes(pages);
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        List<Integer> numbers = varints(entry(files, manifest.get("n"), "卜集"));
        List<Integer> set = pageSet(numbers);
        assertEquals(26, set.size(), "every page holds 卜集");
        List<Integer> places = numbers.subList(pageSetLength(numbers), numbers.size());
        assertEquals(2 * 2 * IndexBuilder.PLACES, places.size(), "the first ten pages of each year, nothing after");
        List<String> runs = new ArrayList<>();
        new ObjectMapper().readTree(files.get("search/" + manifest.get("nt").get("dir").asText() + "/0.json"))
                .forEach(t -> runs.add(t.asText()));
        int run = 0;
        for (int k = 0; k < 2 * IndexBuilder.PLACES; k++) {
            int z = places.get(2 * k);
            run = k == 0 ? z : run + (z % 2 == 1 ? -(z + 1) / 2 : z / 2);
            String text = runs.get(run);
            int at = text.offsetByCodePoints(0, places.get(2 * k + 1));
            assertTrue(text.startsWith("卜集", at), "place " + k + ": " + text + " at " + at);
            // Places 0-9: the first ten 2024 pages (set 0-9); 10-19: the first ten 2023 pages (set 13-22).
            assertEquals(k < IndexBuilder.PLACES ? "今年本镇邻近卜集镇" : "去年卜集镇在本镇以北", text, "place " + k);
        }
        // A digit key likewise keeps the snippet text of the first ten pages of each year: page deltas.
        byte[] e = entry(files, manifest.get("d"), "5");
        int[] i = {pageSetBytes(e)};
        List<Integer> snippetPages = new ArrayList<>();
        int p = 0;
        int placed = readUint(e, i);
        for (int k = 0; k < placed; k++) {
            p += readUint(e, i);
            snippetPages.add(p);
            if (readUint(e, i) == 0) {
                int len = readUint(e, i);
                i[0] += len;
                readUint(e, i);
            }
        }
        List<Integer> holding = pageSet(varints(e));
        assertEquals(26, holding.size(), "every page holds 5");
        List<Integer> want = new ArrayList<>();
        for (int q : holding) {
            boolean y2024 = q < 13;
            long before = holding.stream().filter(x -> x < q && (x < 13) == y2024).count();
            if (before < IndexBuilder.DIGIT_SNIPPETS) {
                want.add(q);
            }
        }
        assertEquals(want, snippetPages);
        assertTrue(snippetPages.stream().anyMatch(x -> x >= 13), "2023 pages have digit snippets: " + snippetPages);
    }

    @Test
    void aDigitKeysFirstPagesKeepTheirSnippetText() throws IOException {
        Map<String, byte[]> files = buildBytes(List.of(PAGES));
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        byte[] e = entry(files, manifest.get("d"), "504");
        List<Integer> head = varints(e);
        int at = pageSetBytes(e);
        // One place: page delta, 0 (a new text), the text, where 504 starts in it; no covers.
        int[] i = {at};
        assertEquals(List.of(3), pageSet(head), "page 3 holds 504");
        assertEquals(1, readUint(e, i), "one place");
        assertEquals(3, readUint(e, i));
        assertEquals(0, readUint(e, i));
        int len = readUint(e, i);
        String text = new String(e, i[0], len, StandardCharsets.UTF_8);
        i[0] += len;
        int start = readUint(e, i);
        assertEquals(e.length, i[0], "one page, one text");
        assertEquals("年依申请公开504件。", text);
        assertEquals("504", text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, start) + 3));
    }

    /** Pages of {@code n} townships of one county, one report each: a township's name, then the same clause. */
    private static Map<String, byte[]> countyReports(int n, String county, String clause) throws IOException {
        SearchIndexer indexer = new SearchIndexer();
        for (int t = 0; t < n; t++) {
            String name = "第" + (char) ('甲' + t) + "镇";
            indexer.add(String.format("reports/c/t%02d/2024/index.html", t), html(name, name + clause),
                    new Facets(county, name, 2024));
        }
        Map<String, byte[]> out = new TreeMap<>();
        indexer.write((path, bytes) -> out.put(path, bytes));
        return out;
    }

    @Test
    void pagesPastADigitKeysPlacesWithTheSameTextAroundItAreItsCover() throws IOException {
        // Fourteen reports: the run before the figure begins with the township's name (a rare run each) and ends
        // alike, so every page shows the same snippet text; the first ten pages are the places, the other four (ids
        // 10-13) are listed once as a cover of that text, and a snippet there needs no outline.
        Map<String, byte[]> files = countyReports(14, "金乡县", "本年度收到政府信息公开申请7件。");
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        byte[] e = entry(files, manifest.get("d"), "7");
        int[] i = {pageSetBytes(e)};
        assertEquals(IndexBuilder.DIGIT_SNIPPETS, readUint(e, i), "places on the first ten pages");
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < IndexBuilder.DIGIT_SNIPPETS; k++) {
            readUint(e, i);
            int t = readUint(e, i);
            if (t == 0) {
                int len = readUint(e, i);
                texts.add(new String(e, i[0], len, StandardCharsets.UTF_8));
                i[0] += len;
                readUint(e, i);
            } else {
                assertEquals(1, t, "the same text as the first place");
            }
        }
        assertEquals(List.of("政府信息公开申请7件。"), texts);
        assertEquals(1, readUint(e, i), "one cover, of the places' first text");
        List<Integer> rest = varints(java.util.Arrays.copyOfRange(e, i[0], e.length));
        assertEquals(List.of(10, 11, 12, 13), pageSet(rest));
        assertEquals(pageSetLength(rest), rest.size(), "nothing after the cover");
        // Too few pages past the places for a cover: none.
        Map<String, byte[]> few = countyReports(IndexBuilder.DIGIT_SNIPPETS + IndexBuilder.COVER_PAGES - 1, "金乡县",
                "本年度收到政府信息公开申请7件。");
        byte[] f = entry(few, new ObjectMapper().readTree(few.get(SearchIndexer.MANIFEST)).get("d"), "7");
        int[] j = {pageSetBytes(f)};
        for (int k = readUint(f, j), t; k > 0; k--) {
            readUint(f, j);
            if ((t = readUint(f, j)) == 0) {
                j[0] += readUint(f, j);
                readUint(f, j);
            }
        }
        assertEquals(f.length, j[0], "no cover");
    }

    @Test
    void aCountysFileListsTheCommonRunsOfEachOfItsPagesAndTheOutlineOfItsOwnPages() throws IOException {
        // Twenty township reports share a clause (a common run, on more than COMMON_PAGES pages); the county's own
        // page, of no township, has its outline too.
        SearchIndexer indexer = new SearchIndexer();
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            String name = "第" + (char) ('甲' + t) + "镇";
            String html = html(name, name + "：本年度未收到行政复议申请。今年办理" + (t + 3) + "件。");
            indexer.add(String.format("reports/c/t%02d/2024/index.html", t), html, new Facets("金乡县", name, 2024));
            texts.add(HtmlText.extract(html).text());
        }
        String countyPage = html("金乡县", "金乡县下辖二十个镇，本年度未收到行政复议申请。");
        indexer.add("regions/c/index.html", countyPage, new Facets("金乡县", null, null));
        indexer.add("reports/d/t00/2024/index.html", html("第乙镇", "第乙镇：本年度未收到行政复议申请。"),
                new Facets("鱼台县", "第乙镇", 2024));
        Map<String, byte[]> files = new TreeMap<>();
        indexer.write((path, bytes) -> files.put(path, bytes));
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        String dir = "search/" + manifest.get("cm").get("dir").asText() + "/";
        assertTrue(files.containsKey(dir + "1.bin") && files.containsKey(dir + "2.bin") && !files.containsKey(dir + "3.bin"),
                "one file per county, numbered as in the pages file (金乡县, 鱼台县)");
        List<String> runs = new ArrayList<>();
        for (int b = 0; files.containsKey("search/" + manifest.get("nt").get("dir").asText() + "/" + b + ".json"); b++) {
            new ObjectMapper().readTree(files.get("search/" + manifest.get("nt").get("dir").asText() + "/" + b + ".json"))
                    .forEach(t -> runs.add(t.asText()));
        }
        List<String> digits = new ArrayList<>();
        new ObjectMapper().readTree(files.get("search/" + manifest.get("dt").get("dir").asText() + "/0.json"))
                .forEach(t -> digits.add(t.asText()));
        int common = manifest.get("common").asInt();
        assertTrue(common >= 1, "the shared clause is a common run");
        byte[] cm = files.get(dir + "1.bin");
        int[] i = {0};
        int page = 0;
        List<Integer> seen = new ArrayList<>();
        while (i[0] < cm.length) {
            page += readUint(cm, i);
            seen.add(page);
            int n = readUint(cm, i);
            int id = 0;
            List<String> on = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                id += readUint(cm, i);
                assertTrue(id < common, "common runs only");
                on.add(runs.get(id));
            }
            assertTrue(on.contains("本年度未收到行政复议申请。"), "page " + page + " holds the shared clause: " + on);
            int outline = readUint(cm, i);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < outline; k++) {
                int ref = readUint(cm, i);
                text.append(ref % 2 == 0 ? runs.get(ref / 2) : digits.get(ref / 2));
            }
            // Page 0 is the county's page (region pages first); the reports (1-20) have no outline here.
            if (page == 0) {
                assertEquals(HtmlText.extract(countyPage).text(), text.toString(), "the county page's outline");
            } else {
                assertEquals(0, outline, "page " + page);
                String own = texts.get(page - 1);
                on.forEach(r -> assertTrue(own.contains(r), r + " is on page " + own));
            }
        }
        assertEquals(21, seen.size(), "the county's page and its twenty reports: " + seen);
    }

    @Test
    void aCountysFileListsTheRareTextRunsOfItsTownshipsRegionPageInPageOrder() throws IOException {
        // Twenty township reports share a clause (a common run). The first township's region page begins with its
        // name (its own text, rare runs) and holds the shared clause too: the county's file lists the region page's
        // rare text runs, in page order, and neither its common runs nor its digit runs; reports list none.
        SearchIndexer indexer = new SearchIndexer();
        for (int t = 0; t < 20; t++) {
            String name = "第" + (char) ('甲' + t) + "镇";
            indexer.add(String.format("reports/c/t%02d/2024/index.html", t),
                    html(name, name + "：本年度未收到行政复议申请。今年办理" + (t + 3) + "件。"), new Facets("金乡县", name, 2024));
        }
        String regionPage = html("第甲镇", "第甲镇历年报告：本年度未收到行政复议申请。第甲镇所辖村居12个，收费0万元。");
        indexer.add("regions/c/t00/index.html", regionPage, new Facets("金乡县", "第甲镇", null));
        Map<String, byte[]> files = new TreeMap<>();
        indexer.write((path, bytes) -> files.put(path, bytes));
        JsonNode manifest = new ObjectMapper().readTree(files.get(SearchIndexer.MANIFEST));
        List<String> runs = new ArrayList<>();
        for (int b = 0; files.containsKey("search/" + manifest.get("nt").get("dir").asText() + "/" + b + ".json"); b++) {
            new ObjectMapper().readTree(files.get("search/" + manifest.get("nt").get("dir").asText() + "/" + b + ".json"))
                    .forEach(t -> runs.add(t.asText()));
        }
        int common = manifest.get("common").asInt();
        byte[] cm = files.get("search/" + manifest.get("cm").get("dir").asText() + "/1.bin");
        int[] i = {0};
        int page = 0;
        List<String> listed = new ArrayList<>();
        while (i[0] < cm.length) {
            page += readUint(cm, i);
            for (int n = readUint(cm, i); n > 0; n--) {
                readUint(cm, i);
            }
            int outline = readUint(cm, i);
            for (int k = 0; k < outline; k++) {
                int ref = readUint(cm, i);
                assertEquals(0, ref % 2, "page " + page + ": text runs only");
                assertTrue(ref / 2 >= common, "page " + page + ": rare runs only");
                listed.add(runs.get(ref / 2));
            }
            // Page 0 is the region page (region pages first); the reports have none.
            assertTrue(page == 0 || outline == 0, "page " + page + " lists " + outline + " runs");
        }
        String text = HtmlText.extract(regionPage).text();
        assertTrue(listed.size() >= 2 && listed.get(0).startsWith("第甲镇"), "the page's first run, its title: " + listed);
        assertTrue(listed.stream().anyMatch(r -> r.contains("所辖村居")), "its own text: " + listed);
        assertTrue(listed.stream().noneMatch(r -> r.equals("本年度未收到行政复议申请。")), "no common run: " + listed);
        for (int k = 0, at = 0; k < listed.size(); k++) {
            int found = text.indexOf(listed.get(k), at);
            assertTrue(found >= at, listed.get(k) + " after position " + at + " of " + text);
            at = found + listed.get(k).length();
        }
    }

    @Test
    void outlinesAreStoredByTownshipNameSoSameNamedTownshipsOfTwoCountiesAreNeighbours() {
        String[][] pages = {
            {"regions/a/index.html", "甲县", null, null},
            {"regions/a/chengguan/index.html", "甲县", "城关镇", null},
            {"reports/a/chengguan/2024/index.html", "甲县", "城关镇", "2024"},
            {"reports/a/chengguan/2023/index.html", "甲县", "城关镇", "2023"},
            {"reports/a/dongli/2024/index.html", "甲县", "东里镇", "2024"},
            {"regions/b/index.html", "乙县", null, null},
            {"regions/b/chengguan/index.html", "乙县", "城关镇", null},
            {"reports/b/chengguan/2024/index.html", "乙县", "城关镇", "2024"},
            {"reports/b/xiying/2024/index.html", "乙县", "西营乡", "2024"},
        };
        List<IndexedPage> list = new ArrayList<>();
        for (String[] p : pages) {
            list.add(new IndexedPage(p[0], p[0], new Facets(p[1], p[2], p[3] == null ? null : Integer.valueOf(p[3])),
                    new Runs.Run[0]));
        }
        List<String> order = IndexBuilder.outlineOrder(IndexBuilder.placeOrder(list)).stream().map(IndexedPage::path).toList();
        // Pages of no township first; then by township name (UTF-16 order: 东 < 城 < 西), each township's pages
        // together in place order (path without its first folder).
        assertEquals(List.of("regions/a/index.html", "regions/b/index.html",
                "reports/a/dongli/2024/index.html",
                "reports/a/chengguan/2023/index.html", "reports/a/chengguan/2024/index.html", "regions/a/chengguan/index.html",
                "reports/b/chengguan/2024/index.html", "regions/b/chengguan/index.html",
                "reports/b/xiying/2024/index.html"), order);
    }

    /** The postings of {@code key} in a keyed kind's shard (or the file of its own the shard names). */
    private static byte[] entry(Map<String, byte[]> files, JsonNode kind, String key) {
        String dir = "search/" + kind.get("dir").asText() + "/";
        int shard = ShardedPostings.shardOf(key, kind.get("shards").asInt());
        byte[] b = files.get(dir + shard + ".bin");
        int[] i = {0};
        int n = readUint(b, i);
        int from = -1;
        int len = 0;
        int held = 0;
        for (int k = 0; k < n; k++) {
            int l = readUint(b, i);
            String name = new String(b, i[0], l, StandardCharsets.UTF_8);
            i[0] += l;
            int v = readUint(b, i);
            if (name.equals(key)) {
                if (v % 2 == 1) {
                    return files.get(dir + shard + "-" + (v - 1) / 2 + ".bin");
                }
                from = held;
                len = v / 2;
            }
            if (v % 2 == 0) {
                held += v / 2;
            }
        }
        assertTrue(from >= 0, key + " is indexed");
        return java.util.Arrays.copyOfRange(b, i[0] + from, i[0] + from + len);
    }

    private static int readUint(byte[] bytes, int[] at) {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[at[0]++] & 0xFF;
            v |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    private static List<Integer> varints(byte[] bytes) {
        List<Integer> out = new ArrayList<>();
        int[] i = {0};
        while (i[0] < bytes.length) {
            out.add(readUint(bytes, i));
        }
        return out;
    }

    /** How many numbers the page set at the start of {@code numbers} takes. */
    private static int pageSetLength(List<Integer> numbers) {
        int h = numbers.get(0);
        return 1 + (h % 2 == 1 ? (h - 1) / 2 : h);
    }

    /** How many bytes the page set at the start of {@code bytes} takes. */
    private static int pageSetBytes(byte[] bytes) {
        int[] i = {0};
        int h = readUint(bytes, i);
        for (int k = 0, n = h % 2 == 1 ? (h - 1) / 2 : h; k < n; k++) {
            readUint(bytes, i);
        }
        return i[0];
    }

    private static Map<String, byte[]> buildBytes(List<String[]> pages) throws IOException {
        SearchIndexer indexer = new SearchIndexer();
        for (String[] p : pages) {
            indexer.add(p[0], html(p[1], p[3]),
                    new Facets("金乡县", p[1], p[2] == null ? null : Integer.valueOf(p[2])));
        }
        Map<String, byte[]> out = new TreeMap<>();
        indexer.write((path, bytes) -> out.put(path, bytes));
        return out;
    }

    /** Reads the numbers of a page set written by PageBits.append back into page ids. */
    private static List<Integer> readPageSet(byte[] bytes) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < bytes.length; ) {
            int v = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[i++] & 0xFF;
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            numbers.add(v);
        }
        List<Integer> pages = pageSet(numbers);
        assertEquals(pageSetLength(numbers), numbers.size());
        return pages;
    }

    /** The page ids of the page set at the start of {@code numbers} (what follows it is not read). */
    private static List<Integer> pageSet(List<Integer> numbers) {
        List<Integer> pages = new ArrayList<>();
        int h = numbers.get(0);
        if (h % 2 == 1) {
            for (int c = 0; c < (h - 1) / 2; c++) {
                for (int bit = 0; bit < 7; bit++) {
                    if ((numbers.get(1 + c) & (1 << bit)) != 0) {
                        pages.add(c * 7 + bit);
                    }
                }
            }
        } else {
            int p = 0;
            for (int k = 0; k < h / 2; k++) {
                p += numbers.get(1 + 2 * k);
                for (int e = p + numbers.get(2 + 2 * k); p < e; p++) {
                    pages.add(p);
                }
            }
        }
        return pages;
    }

    @Test
    void pageSetsAreRangesOrABitmapWhicheverIsShorter() {
        java.util.BitSet ranges = new java.util.BitSet();
        ranges.set(100, 2100);
        ranges.set(3000, 3005);
        java.util.BitSet scattered = new java.util.BitSet();
        for (int p = 0; p < 3000; p += 3) {
            scattered.set(p);
        }
        for (java.util.BitSet set : List.of(ranges, scattered, new java.util.BitSet())) {
            byte[] bytes = pageSet(set);
            assertEquals(set.stream().boxed().toList(), readPageSet(bytes));
            assertTrue(bytes.length <= 2 + (set.length() + 6) / 7, "never longer than the bitmap: " + bytes.length);
        }
        assertEquals(0, pageSet(ranges)[0] % 2, "two ranges are written as ranges");
        assertEquals(1, pageSet(scattered)[0] & 1, "every third page is written as a bitmap");
    }

    /**
     * The set as the index writes it, from its words (PageBits.append) and from a list of its pages
     * (IndexBuilder.appendPageSet): the two must give the same bytes.
     */
    private static byte[] pageSet(java.util.BitSet set) {
        ByteOut fromWords = new ByteOut();
        PageBits.append(fromWords, set.toLongArray());
        IntList pages = new IntList();
        set.stream().forEach(pages::add);
        long[] scratch = PageBits.of(set.length());
        ByteOut fromList = new ByteOut();
        IndexBuilder.appendPageSet(fromList, pages, scratch);
        assertArrayEquals(fromWords.toByteArray(), fromList.toByteArray(), "the same set written the same way");
        assertArrayEquals(PageBits.of(set.length()), scratch, "the scratch set is left empty");
        return fromWords.toByteArray();
    }

    @Test
    void rejectsPathsThatAreNotSiteRelativeAndPagesAddedTwice() {
        SearchIndexer indexer = new SearchIndexer();
        for (String bad : List.of("/reports/a/index.html", "reports/../../etc/index.html", "reports\\a.html", "")) {
            assertThrows(IllegalArgumentException.class, () -> indexer.add(bad, "<p>x</p>", null), bad);
        }
        indexer.add("a/index.html", "<p>x</p>", null);
        assertThrows(IllegalArgumentException.class, () -> indexer.add("a/index.html", "<p>y</p>", null));
        assertEquals(1, indexer.size());
    }
}
