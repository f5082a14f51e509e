package cn.gongkai.content.generate;

import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.content.ContentProblem;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated folder is byte-identical for the same N and seed, holds exactly N reports, and every table in
 * it passes the contract's arithmetic checks (computed here from the written YAML, independently of the
 * generator's own code).
 */
class ContentGeneratorTest {

    private static final int REPORTS = 600;
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern REPORT = Pattern.compile("\\d{4}\\.md");

    @TempDir
    static Path dir;
    private static Path content;
    private static SortedMap<String, byte[]> files;

    @BeforeAll
    static void generateOnce() throws IOException {
        content = dir.resolve("content");
        new ContentGenerator(REPORTS, 7).writeTo(content);
        files = readAll(content);
    }

    @Test
    void writesByteIdenticalFoldersForTheSameCountAndSeed() throws IOException {
        Path again = dir.resolve("again");
        new ContentGenerator(REPORTS, 7).writeTo(again);
        SortedMap<String, byte[]> second = readAll(again);
        assertEquals(files.keySet(), second.keySet());
        for (String name : files.keySet()) {
            assertArrayEquals(files.get(name), second.get(name), name);
        }
    }

    @Test
    void writesDifferentContentForAnotherSeed() throws IOException {
        Path other = dir.resolve("other");
        new ContentGenerator(REPORTS, 8).writeTo(other);
        assertFalse(readAll(other).keySet().equals(files.keySet()));
    }

    @Test
    void writesExactlyTheRequestedNumberOfReports() throws IOException {
        assertEquals(REPORTS, reportFiles().size());
        for (int n : new int[] {1, 4, 5, 6, 49, 51}) {
            Path small = dir.resolve("n" + n);
            ContentGenerator.Summary s = new ContentGenerator(n, 3).writeTo(small);
            assertEquals(n, s.reports());
            try (Stream<Path> walk = Files.walk(small)) {
                assertEquals(n, walk.filter(p -> REPORT.matcher(p.getFileName().toString()).matches()).count());
            }
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path used = dir.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("keep.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> new ContentGenerator(5, 1).writeTo(used));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void givesAboutFiveYearsPerTownshipFrom2020To2024() throws IOException {
        Map<String, List<Integer>> years = new TreeMap<>();
        for (String name : reportFiles()) {
            String dirName = name.substring(0, name.lastIndexOf('/'));
            years.computeIfAbsent(dirName, k -> new ArrayList<>())
                    .add(Integer.parseInt(name.substring(name.lastIndexOf('/') + 1, name.length() - 3)));
        }
        double mean = (double) REPORTS / years.size();
        assertTrue(mean > 4.0 && mean <= 5.0, "mean years per township " + mean);
        for (List<Integer> ys : years.values()) {
            assertTrue(ys.stream().allMatch(y -> y >= 2020 && y <= 2024), ys.toString());
        }
    }

    @Test
    void usesTheFormatOfTheYear() throws IOException {
        for (String name : reportFiles()) {
            JsonNode fm = frontMatter(name);
            boolean y2020 = fm.get("year").asInt() == 2020;
            assertEquals(y2020 ? "2019" : "2021", fm.get("format").asText(), name);
            assertEquals(y2020, fm.has("art20_2019"), name);
            assertEquals(!y2020, fm.has("art20"), name);
            assertEquals(y2020, fm.get("applications").has("other_total"), name);
            assertEquals(!y2020, fm.get("applications").has("other_no_correction"), name);
            assertEquals(y2020 ? 23 : 25, fm.get("applications").size(), name);
        }
    }

    @Test
    void tablesPassEveryArithmeticCheck() throws IOException {
        int checked = 0;
        for (String name : reportFiles()) {
            JsonNode fm = frontMatter(name);
            JsonNode apps = fm.get("applications");
            List<String> rows = new ArrayList<>();
            apps.fieldNames().forEachRemaining(rows::add);
            for (String row : rows) {
                Long[] cells = cells(apps.get(row));
                assertEquals(7, cells.length, name + " " + row);
                checked += checkSum(name + " row " + row, cells[6], java.util.Arrays.copyOf(cells, 6));
            }
            List<String> results = rows.subList(rows.indexOf("granted"), rows.indexOf("total_processed"));
            for (int c = 0; c < 7; c++) {
                Long[] parts = new Long[results.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = cells(apps.get(results.get(i)))[c];
                }
                checked += checkSum(name + " total_processed column " + c, cells(apps.get("total_processed"))[c],
                        parts);
                Long in1 = cells(apps.get("new_received"))[c];
                Long in2 = cells(apps.get("carried_over"))[c];
                Long out1 = cells(apps.get("total_processed"))[c];
                Long out2 = cells(apps.get("carried_forward"))[c];
                if (in1 != null && in2 != null && out1 != null && out2 != null) {
                    assertEquals(in1 + in2, out1 + out2, name + " footnote identity, column " + c);
                    checked++;
                }
            }
            JsonNode review = fm.get("review_litigation");
            for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
                Long[] g = cells(review.get(group));
                checked += checkSum(name + " " + group, g[4], java.util.Arrays.copyOf(g, 4));
            }
            for (JsonNode row : iterable(apps)) {
                for (Long v : cells(row)) {
                    assertTrue(v == null || v >= 0, name + " negative count");
                }
            }
        }
        assertTrue(checked > REPORTS * 40, "only " + checked + " checks ran");
    }

    @Test
    void carriedForwardIsNextYearsCarriedOver() throws IOException {
        int pairs = 0;
        for (String name : reportFiles()) {
            int year = Integer.parseInt(name.substring(name.lastIndexOf('/') + 1, name.length() - 3));
            String next = name.substring(0, name.lastIndexOf('/') + 1) + (year + 1) + ".md";
            if (!files.containsKey(next)) {
                continue;
            }
            Long[] forward = cells(frontMatter(name).get("applications").get("carried_forward"));
            Long[] over = cells(frontMatter(next).get("applications").get("carried_over"));
            for (int c = 0; c < 7; c++) {
                if (forward[c] != null && over[c] != null) {
                    assertEquals(forward[c], over[c], name + " → " + next + " column " + c);
                }
            }
            pairs++;
        }
        assertTrue(pairs > REPORTS / 2);
    }

    @Test
    void hasARealisticSpreadOfFigures() throws IOException {
        int none = 0;
        int many = 0;
        int slash = 0;
        int unknown = 0;
        for (String name : reportFiles()) {
            Long received = cells(frontMatter(name).get("applications").get("new_received"))[6];
            if (received != null && received == 0) {
                none++;
            } else if (received != null && received >= 10) {
                many++;
            }
            String text = text(name);
            slash += text.contains("\"/\"") ? 1 : 0;
            unknown += text.contains("null]") || text.contains("null,") ? 1 : 0;
        }
        assertTrue(none > REPORTS / 2, "most reports have no applications: " + none);
        assertTrue(many > 0, "some reports have tens of applications");
        assertTrue(slash > 0, "some cells are /");
        assertTrue(unknown > 0, "some cells are unknown");
    }

    @Test
    void narrativeHasRealLengthSixPartsAndMatchesTheYear() throws IOException {
        for (String name : reportFiles()) {
            String text = text(name);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5);
            int bytes = body.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes > 2500 && bytes < 8000, name + " body has " + bytes + " bytes");
            for (String h : List.of("## 一、", "## 二、", "## 三、", "## 四、", "## 五、", "## 六、")) {
                assertEquals(1, body.split(h, -1).length - 1, name + " heading " + h);
            }
            String year = name.substring(name.lastIndexOf('/') + 1, name.length() - 3);
            assertTrue(body.contains(year), name);
            JsonNode fm = frontMatter(name);
            if (!fm.get("proactive_total").isNull()) {
                assertTrue(body.replace(" ", "").contains("共" + fm.get("proactive_total").asInt() + "条")
                        || body.replace(" ", "").contains("工作信息" + fm.get("proactive_total").asInt() + "条"),
                        name + " states its proactive total");
            }
        }
    }

    @Test
    void someYearsCopyTheNarrativeOfTheYearBefore() throws IOException {
        int copies = 0;
        for (String name : reportFiles()) {
            int year = Integer.parseInt(name.substring(name.lastIndexOf('/') + 1, name.length() - 3));
            String prev = name.substring(0, name.lastIndexOf('/') + 1) + (year - 1) + ".md";
            if (files.containsKey(prev) && year > 2021) {
                String[] a = bodyOf(name).replaceAll("\\d", "").split("\n\n");
                String[] b = bodyOf(prev).replaceAll("\\d", "").split("\n\n");
                int same = 0;
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    same += a[i].equals(b[i]) ? 1 : 0;
                }
                if (same >= 0.8 * Math.max(a.length, b.length)) {
                    copies++;
                }
            }
        }
        assertTrue(copies > 5, "copied narratives: " + copies);
    }

    @Test
    void namesSlugsAndCodesFollowTheHierarchy() throws IOException {
        Set<String> townshipNames = new HashSet<>();
        Map<String, String> codes = new HashMap<>();
        for (String name : files.keySet()) {
            if (!name.endsWith("_region.yaml")) {
                continue;
            }
            String folder = name.substring(0, name.lastIndexOf('/'));
            for (String slug : folder.split("/")) {
                assertTrue(slug.matches("[a-z0-9][a-z0-9-]*"), slug);
            }
            JsonNode r = YAML.readTree(files.get(name));
            if (r.has("code")) {
                String code = r.get("code").asText();
                assertTrue(code.matches("\\d{12}"), code);
                codes.put(folder, code);
            }
            if ("township".equals(r.get("level").asText())) {
                townshipNames.add(r.get("name").asText());
            }
        }
        for (Map.Entry<String, String> e : codes.entrySet()) {
            String parent = e.getKey().contains("/") ? e.getKey().substring(0, e.getKey().lastIndexOf('/')) : null;
            if (parent != null && codes.containsKey(parent)) {
                String p = codes.get(parent).replaceAll("0+$", "");
                assertTrue(e.getValue().startsWith(p), e.getKey() + " " + e.getValue() + " under " + p);
            }
        }
        assertTrue(townshipNames.containsAll(List.of("卜集镇", "卜塔集镇", "上口街道", "上口镇")), "look-alike names");
    }

    @Test
    void theContentLoaderLoadsEveryReportWithoutErrors() throws IOException {
        Content loaded = new ContentLoader(ContentLoader.yamlMapper()).load(content);
        List<String> errors = loaded.problems().stream()
                .filter(p -> p.severity() == cn.gongkai.model.Severity.ERROR).map(ContentProblem::format).toList();
        assertEquals(List.of(), errors);
        assertEquals(REPORTS, loaded.reports().size());
        assertTrue(loaded.regions().stream().anyMatch(r -> r.parentPath() == null && r.level() == RegionLevel.TOWNSHIP),
                "a township without parent folders");
        RegionInfo buji = loaded.regions().stream().filter(r -> r.name().equals("卜集镇")).findFirst().orElseThrow();
        assertEquals(RegionLevel.TOWNSHIP, buji.level());
    }

    // ---- helpers ----

    private static int checkSum(String what, Long total, Long[] parts) {
        long sum = 0;
        for (Long p : parts) {
            if (p == null) {
                return 0;
            }
            sum += p;
        }
        if (total == null) {
            return 0;
        }
        assertEquals(total.longValue(), sum, what);
        return 1;
    }

    /** Cells of a YAML list: a number, or null for {@code /} and unknown (the checks skip both). */
    private static Long[] cells(JsonNode row) {
        Long[] out = new Long[row.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode c = row.get(i);
            out[i] = c.isIntegralNumber() ? c.asLong() : null;
            assertTrue(c.isIntegralNumber() || c.isNull() || "/".equals(c.asText()), "cell " + c);
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        node.elements().forEachRemaining(out::add);
        return out;
    }

    private static List<String> reportFiles() {
        return files.keySet().stream().filter(n -> REPORT.matcher(n.substring(n.lastIndexOf('/') + 1)).matches())
                .toList();
    }

    private static String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static String bodyOf(String name) {
        String text = text(name);
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    private static final Map<String, JsonNode> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonNode frontMatter(String name) {
        return PARSED.computeIfAbsent(name, n -> {
            String text = text(n);
            try {
                return YAML.readTree(text.substring(4, text.indexOf("\n---\n", 4) + 1));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static SortedMap<String, byte[]> readAll(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
