package cn.gongkai.content;

import cn.gongkai.content.generate.ContentGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast way through plain front matter must give exactly what the full way gives, or step aside. */
class PlainReportTest {
    static final ObjectMapper YAML = ContentLoader.yamlMapper();

    @TempDir
    Path tmp;

    static void assertBothWaysEqual(Path content) throws IOException {
        Content fast = new ContentLoader(YAML, true).load(content);
        Content full = new ContentLoader(YAML, false).load(content);
        assertEquals(full.problems(), fast.problems());
        assertEquals(full.reports(), fast.reports());
        assertEquals(full.files(), fast.files());
        assertEquals(full.sourceFiles(), fast.sourceFiles());
        assertEquals(full, fast);
    }

    @Test
    void generatedContentReadsTheSameBothWays() throws IOException {
        new ContentGenerator(120, 11).writeTo(tmp);
        assertBothWaysEqual(tmp);
    }

    @Test
    void everyFixtureFolderReadsTheSameBothWays() throws IOException {
        assertBothWaysEqual(Path.of("src/test/resources/content/sample"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/content/invalid"))) {
            for (Path c : s.filter(Files::isDirectory).sorted().toList()) {
                assertBothWaysEqual(c.resolve("content"));
            }
        }
    }

    static final String HEAD = "---\nissuer: 卜集镇人民政府\nyear: 2024\n";
    static final String BODY = "---\n## 一、总体情况\n\n正文。\n\n## 二、主动公开政府信息情况\n\n无。\n";

    /** What {@link #oneReport} writes as {@code 2024.source.txt}, and its SHA-256 (which replaces "SHA" there). */
    static final String SOURCE_TEXT = "原件";
    static final String SOURCE_SHA = "c8d7aa3a374585b4b03c436c6c9017dcc9555c5e888b03ddb5191f3c1df1ab6e";

    /**
     * A one-report content folder with {@code frontMatter} after issuer and year, and a source copy
     * {@code 2024.source.txt} beside it ({@code SHA} in the front matter stands for its SHA-256).
     */
    Path oneReport(String frontMatter) throws IOException {
        Path town = tmp.resolve("buji-zhen");
        Files.createDirectories(town);
        Files.writeString(tmp.resolve("site.yaml"), "title: 测试\n", StandardCharsets.UTF_8);
        Files.writeString(town.resolve("_region.yaml"), "name: 卜集镇\nlevel: township\n", StandardCharsets.UTF_8);
        Path source = town.resolve("2024.source.txt");
        Files.writeString(source, SOURCE_TEXT, StandardCharsets.UTF_8);
        Files.writeString(town.resolve("2024.md"), HEAD + frontMatter.replace("SHA", ContentLoader.sha256(source))
                + BODY, StandardCharsets.UTF_8);
        return tmp;
    }

    Map<String, Integer> plainLines(String frontMatter) {
        String text = HEAD + frontMatter.replace("SHA", SOURCE_SHA) + BODY;
        FrontMatter fm = FrontMatter.split(text, new FileProblems("x"));
        BodySections body = BodySections.split(fm.text(), fm.length(), fm.bodyStart(), fm.bodyFirstLine(), new FileProblems("x"));
        LineMap.Builder lines = new LineMap.Builder();
        // a source check that finds every file, as it is when the file is there (the loader's is tested below)
        return PlainReport.read(fm, "buji-zhen/2024", 2024, null, body, lines,
                (file, sha, fileLine, shaLine, problems) -> "buji-zhen/" + file) == null ? null : lines.build(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "format: \"2021\"\n",
            "format: 2021\npublished: 2025-01-20\nproactive_total: 33\n",
            "format: \"2021\"\nart20:\n  rules: [0, \"/\", 3]\n  normative_documents: [/, —, 无]\n  licensing_decisions: 1200\n"
                    + "  punishment_decisions: null\n  fee_income_10k_yuan: 12.50\n",
            "format: \"2021\"\nart20:   # 本年制发件数\n  rules: [0, 0, 0]  # note\napplications:\n  new_received: [1, 0, 0, 0, 0, 0, 1]\n"
                    + "  granted: ~\nreview_litigation:\n  review: [0, 0, 0, 0, 0]\n",
            "format: \"2019\"\nart20_2019:\n  licensing: [716, -417, 298]\n  fees: [0, -0]\n  procurement: [2, 35.6]\n"
                    + "applications:\n  other_total: [0, 0, 0, 0, 0, 0, 0]\n",
            "format: pre2019\nproactive_total: null\n",
            "format: \"2021\"\nart20:\napplications:\n",
            "format: \"2021\"   # 格式\nproactive_total: 33 # 条 # 又一个\nart20:  \n  rules:  [ 0 ,1,  2 ]   # 件\n",
            "format: \"2021\"\nart20:\n  licensing_decisions: 7  # 件\n  fee_income_10k_yuan: \"/\"  # 无收费\n"
                    + "  coercion_decisions: ~\n  punishment_decisions: NULL\nproactive_total: Null\n",
            "format: \"2021\"\nsource:\n  kind: text\n  file: 2024.source.txt\n  sha256: SHA\n  url: http://a.gov.cn/x\n",
            "format: \"2021\"\nsource:   # 原件\n  file: \"2024.source.txt\"  # 副本\n",   // kind from the name
            "format: \"2021\"\nsource:\n  kind: pdf\n  url: http://a.gov.cn/x.pdf\n",         // no copy
            "format: \"2021\"\nsource:\n  kind: html\n  file: 2024.source.txt\n  sha256: ~\n  url: ~\n",
            "format: \"2021\"\nsource:\n",
            "format: \"2021\"\nsource: null\n"})
    void readsPlainFrontMatterAsTheFullReaderDoes(String frontMatter) throws IOException {
        assertNotNull(plainLines(frontMatter), frontMatter);
        assertBothWaysEqual(oneReport(frontMatter));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "format: \"2019\"\nart20:\n  rules: [0, 0, 0]\n",                     // a table of another format
            "format: \"2021\"\napplications:\n  other_total: [0, 0, 0, 0, 0, 0, 0]\n",
            "format: \"2021\"\nart20:\n  rules: [0, -1, 0]\n",                      // negative count
            "format: \"2021\"\nart20:\n  rules: [0, 1.5, 0]\n",                     // not whole
            "format: \"2021\"\nart20:\n  rules: [0, 0]\n",                          // too few cells
            "format: \"2021\"\nart20:\n  rules: [0, 0, 0, 0]\n",                    // too many
            "format: \"2021\"\nart20:\n  rule: [0, 0, 0]\n",                        // unknown key
            "format: \"2021\"\nart20:\n  rules: [0, x, 0]\n",                       // wrong type
            "format: \"2021\"\nart20:\n  rules: [0, 0, 0]\n  rules: [1, 1, 1]\n",    // written twice
            "format: \"2021\"\nart20:\n  licensing_decisions: [1]\n",
            "format: \"2021\"\nart20: 5\n",
            "format: \"2021\"\npublished: 2025-13-40\n",
            "format: \"2021\"\npublished: 2025-02-29\n",                         // no such day
            "format: \"2021\"\npublished: 2025-1-20\n",
            "format: \"2021\"\npublished:\n  day: 1\n",
            "format: \"2020\"\n",
            "format: \"2021\"\nsource: 2024.source.txt\n",                       // not a mapping
            "format: \"2021\"\nsource:\n  kind: scan\n",                              // no such kind
            "format: \"2021\"\nsource:\n  sha256: 12ab\n",                            // not a digest
            "format: \"2021\"\nsource:\n  file: 2024.source.txt\n  size: 3\n",         // unknown key
            "format: \"2021\"\nsource:\n  file: [2024.source.txt]\n",
            "format: \"2021\"\nsource:\n  file: 2024.source.txt\n    kind: text\n",
            "format: \"2021\"\nextra: 1\n",
            "format: \"2021\"\nproactive_total: -3\n",
            "format: \"2021\"\nart20:\n  rules: [0, 0, 0]\n    normative_documents: [0, 0, 0]\n",
            "format: \"2021\"\napplications:\n  new_received:\n",
            "format: \"2021\" 年\n",                                               // text after a quoted value
            "format: \"20\\\\21\"\n",                                              // an escape
            "format: \"2021\"\nart20:\n  rules: [0, [0], 0]\n",                  // a list in a list
            "format: \"2021\"\nart20:\n  rules: [0, 0, 0]]\n",
            "format: \"2021\"\nart20:\n  rules: [0, , 0]\n",
            "format: \"2021\"\nart20:\n  rules:[0, 0, 0]\n",                     // no space after the colon
            "format: \"2021\"\n\tart20: 1\n"})
    void stepsAsideForAnythingTheFullReaderMustReport(String frontMatter) throws IOException {
        assertNull(plainLines(frontMatter), frontMatter);
        assertBothWaysEqual(oneReport(frontMatter));
    }

    @Test
    void readsDatesAsLocalDateParseDoes() {
        for (String s : new String[] {"2025-01-20", "2024-02-29", "2025-02-29", "2025-13-01", "2025-00-10",
                "2025-04-31", "2025-12-31", "0000-01-01", "9999-12-31", "2025-1-20", "2025-01-2", "2025/01/20",
                "20250120", "+2025-01-20", "12025-01-20", "2025-01-20T00:00", "２０２５-01-20", "2025-0a-20",
                "2025-01-20 ", "", "-001-01-01"}) {
            Object expected;
            try {
                expected = java.time.LocalDate.parse(s);
            } catch (java.time.DateTimeException e) {
                expected = "rejected";
            }
            Object actual;
            try {
                actual = PlainReport.date(s);
            } catch (java.time.DateTimeException e) {
                actual = "rejected";
            }
            assertEquals(expected, actual, s);
        }
    }

    /** The source check finds something to say: the full reader runs and says it, as it would have. */
    @ParameterizedTest
    @ValueSource(strings = {
            "format: \"2021\"\nsource:\n  file: 2023.source.txt\n",                                  // missing
            "format: \"2021\"\nsource:\n  file: 2024.source.txt\n  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n",  // changed
            "format: \"2021\"\nsource:\n  file: ../2024.source.txt\n"})                             // outside
    void leavesASourceCopyWithAProblemToTheFullReader(String frontMatter) throws IOException {
        Path content = oneReport(frontMatter);
        assertBothWaysEqual(content);
        assertTrue(new ContentLoader(YAML, true).load(content).problems().stream()
                .anyMatch(p -> p.key() != null && p.key().startsWith("source.")), frontMatter);
    }

    @Test
    void aSourceCopyReadThePlainWayIsPublishedAsTheFullWayPublishesIt() throws IOException {
        Content c = new ContentLoader(YAML, true).load(oneReport(
                "format: \"2021\"\nsource:\n  file: 2024.source.txt\n  sha256: SHA\n"));
        assertEquals(java.util.List.of(), c.problems());
        assertEquals("buji-zhen/2024.source.txt", c.sourceFiles().get("buji-zhen/2024"));
        assertEquals(new cn.gongkai.model.SourceRef("text", "buji-zhen/2024.source.txt", SOURCE_SHA, null),
                c.reports().get(0).source());
    }
}
