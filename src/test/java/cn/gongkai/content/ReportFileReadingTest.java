package cn.gongkai.content;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small content folders written inline: one behaviour of the report reader each. */
class ReportFileReadingTest {
    @TempDir
    Path dir;
    final ContentLoader loader = new ContentLoader(ContentLoader.yamlMapper());

    Content load(String frontMatter, String body) throws IOException {
        Path town = dir.resolve("content/jia-zhen");
        Files.createDirectories(town);
        Files.writeString(town.resolve("_region.yaml"), "name: 甲镇\nlevel: township\n", StandardCharsets.UTF_8);
        Files.writeString(town.resolve("2019.md"), "---\n" + frontMatter + "---\n" + body, StandardCharsets.UTF_8);
        return loader.load(dir.resolve("content"));
    }

    List<String> problems(Content c) {
        return c.problems().stream().map(p -> p.format().replace(dir.resolve("content") + "/", "")).toList();
    }

    @Test
    void readsSlashDashAndWuAsNotApplicableKeepingTheRawTextAndNullOrTildeAsUnknown() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2021"
                applications:
                  new_received: [/, —, 无, "", ~, null, 0]
                """, "");
        assertEquals(List.of(), c.problems());
        List<Cell> row = c.reports().get(0).applications().row(ApplicationRow.NEW_RECEIVED);
        assertEquals(new Cell.NotApplicable("/"), row.get(0));
        assertEquals(new Cell.NotApplicable("—"), row.get(1));
        assertEquals(new Cell.NotApplicable("无"), row.get(2));
        assertEquals(new Cell.NotApplicable(""), row.get(3));
        assertTrue(row.get(4).isUnknown());
        assertTrue(row.get(5).isUnknown());
        assertEquals(BigDecimal.ZERO, row.get(6).numberOrNull());
        assertTrue(c.reports().get(0).applications().cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL).isUnknown());
    }

    @Test
    void allowsNegativeChangeAndDecimalAmountsOnlyWhereTheFormatHasThem() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2019"
                art20_2019:
                  licensing: [716, -417, 298]
                  fees: [3, -1]
                  procurement: [2, 13.75]
                applications:
                  other_total: [0, 0, 0, 0, 0, 0, 0]
                """, "");
        assertEquals(List.of(), problems(c));
        Report r = c.reports().get(0);
        assertEquals(new BigDecimal("-417"), r.art20Format2019().licensing().change().numberOrNull());
        assertEquals(new BigDecimal("13.75"), r.art20Format2019().procurement().procurementAmount().numberOrNull());
        assertEquals(BigDecimal.ZERO, r.applications().cell(ApplicationRow.OTHER_TOTAL, ApplicantColumn.TOTAL)
                .numberOrNull());
    }

    @Test
    void rejectsNegativeCountsOutsideChangeColumns() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2019"
                art20_2019:
                  licensing: [-1, 0, 0]
                """, "");
        assertEquals(List.of("jia-zhen/2019.md:6: error: key 'art20_2019.licensing.0': 数量不能为负数，实际是 -1 [negative-count]"),
                problems(c));
        assertEquals(List.of(), c.reports());
    }

    @Test
    void rejectsDecimalsInCounts() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2021"
                review_litigation:
                  review: [0, 0, 0.5, 0, 0]
                """, "");
        assertEquals(List.of("jia-zhen/2019.md:6: error: key 'review_litigation.review.2': 应为整数（件数不能有小数），实际是 0.5 [not-whole]"),
                problems(c));
    }

    @Test
    void rejectsKeysWrittenTwice() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                issuer: 乙镇人民政府
                format: "2021"
                """, "");
        assertEquals(List.of("jia-zhen/2019.md:4: error: key 'issuer': 这个键写了两次；每个键只能出现一次 [duplicate-key]"),
                problems(c));
    }

    @Test
    void rejectsSourceFilesOutsideTheContentFolder() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "x");
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2021"
                source:
                  file: ../../secret.txt
                """, "");
        assertEquals(1, c.problems().size());
        assertEquals("source.file", c.problems().get(0).key());
        assertEquals("bad-value", c.problems().get(0).code());
    }

    @Test
    void warnsAboutARepeatedPartHeadingAndKeepsBothTexts() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: pre2019
                """, """
                ## 一、总体情况
                甲
                ## 二、主动公开政府信息情况
                乙
                ## 一、总体情况
                丙
                ```
                ## 三、不是标题（在代码块里）
                ```
                """);
        assertEquals(List.of("jia-zhen/2019.md:10: warning: 第一部分的标题出现了两次（第 6 行和第 10 行）；第二处的文字并入第一部分 [section-repeated]"),
                problems(c));
        Report r = c.reports().get(0);
        assertEquals("甲\n\n丙\n```\n## 三、不是标题（在代码块里）\n```".replace("\n\n", "\n"),
                r.sections().get(Section.OVERVIEW));
        assertEquals("乙", r.sections().get(Section.PROACTIVE));
        assertEquals(null, r.sections().get(Section.APPLICATIONS));
    }

    @Test
    void rejectsTablesInPre2019Reports() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: pre2019
                review_litigation:
                  review: [0, 0, 0, 0, 0]
                """, "");
        assertEquals(Severity.ERROR, c.problems().get(0).severity());
        assertEquals("table-wrong-format", c.problems().get(0).code());
        assertEquals(5, c.problems().get(0).line());
    }

    @Test
    void usesDefaultSiteSettingsWithoutSiteYamlAndRejectsUnknownSiteKeys() throws IOException {
        Content c = load("issuer: 甲镇人民政府\nyear: 2019\nformat: pre2019\n", "");
        assertEquals(SiteConfig.DEFAULT, c.config());
        Files.writeString(dir.resolve("content/site.yaml"), "title: 某县政务公开年报\ntitel: 错字\n", StandardCharsets.UTF_8);
        Content d = loader.load(dir.resolve("content"));
        assertEquals("某县政务公开年报", d.config().title());
        assertEquals("site.yaml:2: error: key 'titel': 未知的键“titel”；允许的键：title, description, base_url, theme, licence, publisher [unknown-key]",
                d.problems().get(0).format().replace(dir.resolve("content") + "/", ""));
    }

    @Test
    void readsImportDiagnosticsAndProvenance() throws IOException {
        Content c = load("""
                issuer: 甲镇人民政府
                year: 2019
                format: "2021"
                diagnostics:
                  - {severity: warning, code: cell-unplaced, message: "第 4 页第 12 行有一个数无法对应到单元格", location: "page 4, line 12"}
                provenance:
                  applications.new_received.total: "page 4, line 12"
                """, "");
        assertEquals(List.of(), problems(c));
        Report r = c.reports().get(0);
        assertEquals("cell-unplaced", r.diagnostics().get(0).code());
        assertEquals("page 4, line 12", r.provenance().get("applications.new_received.total"));
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path town = dir.resolve("content/jia-zhen");
        Files.createDirectories(town);
        Files.writeString(town.resolve("_region.yaml"), "name: 甲镇\nlevel: township\n", StandardCharsets.UTF_8);
        Files.write(town.resolve("2024.md"), "---\nissuer: 甲镇\n---\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Content c = loader.load(dir.resolve("content"));
        assertEquals("not-utf8", c.problems().get(0).code());
        assertInstanceOf(List.class, c.reports());
        assertEquals(0, c.reports().size());
    }
}
