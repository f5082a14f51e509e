package cn.gongkai.content;

import cn.gongkai.check.Checker;
import cn.gongkai.model.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading one changed file again gives what a full load of the folder gives. */
class ReloadTest {
    final ContentLoader loader = new ContentLoader(ContentLoader.yamlMapper());
    final Checker checker = new Checker();

    @TempDir
    Path tmp;
    Path content;
    Path buji2024;

    @BeforeEach
    void copySample() throws IOException {
        content = tmp.resolve("content");
        Path sample = Path.of("src/test/resources/content/sample");
        try (Stream<Path> s = Files.walk(sample)) {
            for (Path p : s.toList()) {
                Path to = content.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        buji2024 = content.resolve("shandong/jining/jinxiang/buji-zhen/2024.md");
    }

    void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Reloads after the change and compares with a full load, for content and checks. */
    void assertReloadIsFullLoad(Content before, Path changed, String folder) throws IOException {
        Content reloaded = loader.reload(before, content, changed);
        Content full = loader.load(content);
        assertEquals(full.problems(), reloaded.problems());
        assertEquals(full.reports(), reloaded.reports());
        assertEquals(full, reloaded);
        List<Report> checkedBefore = checker.checkAll(before.reports());
        assertEquals(checker.checkAll(full.reports()), checker.recheck(checkedBefore, reloaded.reports(), folder));
    }

    @Test
    void anEditedNumberIsReadAgain() throws IOException {
        Content before = loader.load(content);
        edit(buji2024, "proactive_total: ", "proactive_total: 1");
        assertReloadIsFullLoad(before, buji2024, "shandong/jining/jinxiang/buji-zhen");
    }

    @Test
    void aReportWithAnErrorIsLeftOutAndNamed() throws IOException {
        Content before = loader.load(content);
        edit(buji2024, "issuer:", "issuer_typo: x\nissuer:");
        assertReloadIsFullLoad(before, buji2024, "shandong/jining/jinxiang/buji-zhen");
        Content after = loader.reload(before, content, buji2024);
        assertTrue(after.problems().stream().anyMatch(p -> p.code().equals("unknown-key")));
        // ... and fixing it brings the report back.
        edit(buji2024, "issuer_typo: x\n", "");
        assertReloadIsFullLoad(after, buji2024, "shandong/jining/jinxiang/buji-zhen");
    }

    @Test
    void aDeletedOrAddedReportLeavesOrJoins() throws IOException {
        Content before = loader.load(content);
        Path copy = content.resolve("shandong/jining/jinxiang/buji-zhen/2023.md");
        Files.writeString(copy, Files.readString(buji2024, StandardCharsets.UTF_8).replace("year: 2024", "year: 2023"),
                StandardCharsets.UTF_8);
        assertReloadIsFullLoad(before, copy, "shandong/jining/jinxiang/buji-zhen");
        Content added = loader.reload(before, content, copy);
        Files.delete(buji2024);
        assertReloadIsFullLoad(added, buji2024, "shandong/jining/jinxiang/buji-zhen");
    }

    @Test
    void aDuplicateIssuerAndYearIsFoundAndSettled() throws IOException {
        Content before = loader.load(content);
        Path xiaoyun = content.resolve("shandong/jining/jinxiang/xiaoyun-zhen/2024.md");
        String issuer = before.reports().stream().filter(r -> r.id().equals("shandong/jining/jinxiang/buji-zhen/2024"))
                .findFirst().orElseThrow().issuer();
        String text = Files.readString(xiaoyun, StandardCharsets.UTF_8);
        String oldIssuer = text.lines().filter(l -> l.startsWith("issuer:")).findFirst().orElseThrow();
        Files.writeString(xiaoyun, text.replace(oldIssuer, "issuer: " + issuer), StandardCharsets.UTF_8);
        assertReloadIsFullLoad(before, xiaoyun, "shandong/jining/jinxiang/xiaoyun-zhen");
        Content duplicate = loader.reload(before, content, xiaoyun);
        assertTrue(duplicate.problems().stream().anyMatch(p -> p.code().equals("duplicate-report")));
        // The other file changes: the duplicate left out earlier is read again.
        edit(buji2024, "issuer: " + issuer, "issuer: 另一个人民政府");
        assertReloadIsFullLoad(duplicate, buji2024, "shandong/jining/jinxiang/buji-zhen");
    }

    @Test
    void aChangedRegionFileOrSiteFileLoadsEverything() throws IOException {
        Content before = loader.load(content);
        Path region = content.resolve("shandong/jining/jinxiang/buji-zhen/_region.yaml");
        edit(region, "name:", "note: 改过\nname:");
        assertEquals(loader.load(content), loader.reload(before, content, region));
    }

    @Test
    void aChangedSourceCopyChecksItsReportAgain() throws IOException {
        Content before = loader.load(content);
        Path source = content.resolve("shandong/jining/jinxiang/buji-zhen/2024.source.txt");
        Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8) + "\n改动\n", StandardCharsets.UTF_8);
        assertReloadIsFullLoad(before, source, "shandong/jining/jinxiang/buji-zhen");
        assertTrue(loader.load(content).problems().stream().anyMatch(p -> p.code().equals("source-sha256-mismatch")));
    }

    @Test
    void oneReportLoadsOnItsOwnAsInTheFullLoad() throws IOException {
        Content full = loader.load(content);
        ContentLoader.LoadedReport one = loader.loadReport(content, buji2024);
        Report expected = full.reports().stream().filter(r -> r.id().equals("shandong/jining/jinxiang/buji-zhen/2024"))
                .findFirst().orElseThrow();
        assertEquals(expected, one.report());
        assertEquals(full.files().get(expected.id()), one.file());
        assertEquals(full.sourceFiles().get(expected.id()), one.sourceFile());
        assertEquals(List.of(), one.problems());
    }

    @Test
    void oneReportUnderABrokenRegionFileNamesTheRegionFile() throws IOException {
        Files.writeString(content.resolve("shandong/jining/_region.yaml"), "name: 济宁市\nlevel: village\n",
                StandardCharsets.UTF_8);
        ContentLoader.LoadedReport one = loader.loadReport(content, buji2024);
        assertNull(one.report());
        Content full = loader.load(content);
        assertEquals(full.problems().stream().filter(p -> p.file().endsWith("shandong/jining/_region.yaml")).toList(),
                one.problems());
    }

    @Test
    void aFileOutsideTheLayoutIsNamed() throws IOException {
        ContentLoader.LoadedReport one = loader.loadReport(content, content.resolve("2024.md"));
        assertNull(one.report());
        assertEquals("outside-layout", one.problems().get(0).code());
        assertNotNull(one.problems().get(0).file());
    }
}
