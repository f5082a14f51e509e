package cn.gongkai.content;

import cn.gongkai.content.generate.ContentGenerator;
import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads the copy of the sample content (src/test/resources/content/sample) and checks what came out. */
class ContentLoaderTest {
    static final Path SAMPLE = Path.of("src/test/resources/content/sample");
    final ContentLoader loader = new ContentLoader(ContentLoader.yamlMapper());

    Report report(Content c, String id) {
        return c.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void namesOfFoldersReportsAndSourcesAreCheckedAsTheirPatternsSay() {
        List<String> names = List.of("", "a", "buji-zhen", "-a", "a-", "Buji", "buji_zhen", "9z", "bu ji", "卜集",
                "2024.md", "2024.MD", "202.md", "20245.md", "2024.mdx", "x024.md", "２０２４.md", "2024.source.pdf",
                "2024.source.", "2024.source.p-f", "2024.source.PDF9", "2024.sources.pdf", "2024.source.pdf.bak",
                "_region.yaml", "site.yaml", "2024.source.ｐdf");
        for (String n : names) {
            assertEquals(n.matches("[a-z0-9][a-z0-9-]*"), ContentLoader.isSlug(n), n);
            assertEquals(n.matches("([0-9]{4})\\.md") ? Integer.parseInt(n.substring(0, 4)) : -1,
                    ContentLoader.reportYear(n), n);
            assertEquals(n.matches("([0-9]{4})\\.source\\.[A-Za-z0-9]+"), PlainYaml.isSourceFile(n), n);
        }
    }

    @Test
    void tellsItsListenerEveryFileItReadsWholeWithTheBytesOnDisk() throws IOException {
        java.util.Map<String, byte[]> told = new java.util.concurrent.ConcurrentHashMap<>();
        Content c = loader.load(SAMPLE, (relative, bytes) -> assertNull(told.put(relative, bytes.clone()), relative));
        assertEquals(loader.load(SAMPLE), c);
        java.util.List<String> expected;
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            expected = files.filter(java.nio.file.Files::isRegularFile)
                    .map(f -> SAMPLE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.contains(".source."))   // source copies are never read whole
                    .sorted().toList();
        }
        assertEquals(expected, told.keySet().stream().sorted().toList());
        for (String f : expected) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(SAMPLE.resolve(f)), told.get(f)), f);
        }
    }

    @Test
    void loadsTheSixSampleReportsWithoutProblems() throws IOException {
        Content c = loader.load(SAMPLE);
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("henan/xinyang/huangchuan/butaji-zhen/2024", "jiangsu/huaian/2024", "maying-zhen/2024",
                        "shandong/jining/jinxiang/buji-zhen/2021", "shandong/jining/jinxiang/buji-zhen/2024",
                        "shandong/jining/jinxiang/xiaoyun-zhen/2024"),
                c.reports().stream().map(Report::id).toList());
        assertEquals(12, c.regions().size());
        assertEquals("政府信息公开工作年度报告数据门户", c.config().title());
    }

    @Test
    void regionComesFromTheFolderChainAndIsNeverInvented() throws IOException {
        Content c = loader.load(SAMPLE);
        assertEquals(new Region(null, null, null, "马营镇", null), report(c, "maying-zhen/2024").region());
        assertEquals(new Region("河南省", "信阳市", "潢川县", "卜塔集镇", null),
                report(c, "henan/xinyang/huangchuan/butaji-zhen/2024").region());
        assertEquals(new Region("江苏省", "淮安市", null, null, "320800000000"), report(c, "jiangsu/huaian/2024").region());
        RegionInfo maying = c.region("maying-zhen");
        assertNull(maying.parentPath());
        assertEquals(RegionLevel.TOWNSHIP, maying.level());
        assertTrue(maying.note().contains("未说明所属县"));
        assertEquals("shandong/jining", c.region("shandong/jining/jinxiang").parentPath());
    }

    @Test
    void keepsTheThreeCellStates() throws IOException {
        Content c = loader.load(SAMPLE);
        Report huaian = report(c, "jiangsu/huaian/2024");
        assertEquals(new BigDecimal("96171.6"), huaian.art20().feeIncome10kYuan().numberOrNull());
        assertEquals(new BigDecimal("3119"), huaian.applications().cell(ApplicationRow.NEW_RECEIVED,
                ApplicantColumn.TOTAL).numberOrNull());
        assertNull(huaian.proactiveTotal());
        Report maying = report(c, "maying-zhen/2024");
        assertInstanceOf(Cell.NotApplicable.class, maying.art20().licensingDecisions());
        assertInstanceOf(Cell.NotApplicable.class, maying.applications().cell(ApplicationRow.TOTAL_PROCESSED,
                ApplicantColumn.TOTAL));
        assertNull(maying.reviewLitigation());
        Report xiaoyun = report(c, "shandong/jining/jinxiang/xiaoyun-zhen/2024");
        assertEquals(BigDecimal.ZERO, xiaoyun.applications().cell(ApplicationRow.CARRIED_OVER,
                ApplicantColumn.TOTAL).numberOrNull());
        assertTrue(xiaoyun.applications().cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL).isUnknown());
        Report buji = report(c, "shandong/jining/jinxiang/buji-zhen/2024");
        assertNull(buji.art20());
        assertNull(buji.applications());
        assertEquals(33, buji.proactiveTotal());
    }

    @Test
    void splitsTheBodyIntoSixPartsKeepingThePreambleWithPartOne() throws IOException {
        Content c = loader.load(SAMPLE);
        Report buji = report(c, "shandong/jining/jinxiang/buji-zhen/2024");
        assertTrue(buji.sections().get(Section.OVERVIEW).startsWith("本报告由金乡县卜集镇人民政府"));
        assertTrue(buji.sections().get(Section.OVERVIEW).contains("### （一）主动公开情况"));
        assertEquals("", buji.sections().get(Section.APPLICATIONS));
        assertTrue(buji.sections().get(Section.OTHER).endsWith("无。"));
        assertEquals("无", report(c, "henan/xinyang/huangchuan/butaji-zhen/2024").sections().get(Section.OTHER));
    }

    @Test
    void recordsSourceFilesAndTheLineOfEveryCell() throws IOException {
        Content c = loader.load(SAMPLE);
        assertEquals("jiangsu/huaian/2024.source.pdf", c.sourceFiles().get("jiangsu/huaian/2024"));
        assertEquals(6, c.sourceFiles().size());
        Report huaian = report(c, "jiangsu/huaian/2024");
        assertEquals("pdf", huaian.source().kind());
        assertEquals("jiangsu/huaian/2024.source.pdf", huaian.source().file());
        ReportFile f = c.files().get("jiangsu/huaian/2024");
        assertEquals(SAMPLE + "/jiangsu/huaian/2024.md", f.file());
        assertEquals(3, f.lineOf("issuer")); // line 2 is a comment
        assertEquals(f.lineOf("applications.new_received"), f.lineOf("applications.new_received.total"));
        assertEquals(f.lineOf("applications.new_received") + 1, f.lineOf("applications.carried_over.natural_person"));
        assertTrue(f.lineOf("sections.problems") > f.lineOf("review_litigation"));
    }

    @Test
    void loadsTheSameContentTheSameWayEveryTime() throws IOException {
        Content a = loader.load(SAMPLE);
        Content b = loader.load(SAMPLE);
        assertEquals(a.reports(), b.reports());
        assertEquals(a.regions(), b.regions());
        assertEquals(a.files(), b.files());
    }

    /**
     * The report files are read while the walk goes on, a few at a time by whichever thread is free: every one of
     * them is read, once, and gives what reading it alone gives (a portal of 120 reports, a folder that does not
     * load and a report with an error among them).
     */
    @Test
    void readsEveryReportOnceWhileTheFoldersAreWalked(@TempDir Path dir)
            throws IOException {
        Path root = dir.resolve("content");
        new ContentGenerator(120, 5).writeTo(root);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches("[0-9]{4}\\.md")).sorted().toList();
        }
        Path broken = files.get(files.size() / 2);
        Files.writeString(broken, Files.readString(broken).replaceFirst("year: ", "year: x"));
        Path badFolder = files.get(files.size() / 3).getParent();
        Files.writeString(badFolder.resolve("_region.yaml"), "name: [\n");
        List<Report> alone = new ArrayList<>();
        List<ContentProblem> aloneProblems = new ArrayList<>();
        for (Path f : files) {
            ContentLoader.LoadedReport r = loader.loadReport(root, f);
            if (r.report() != null) {
                alone.add(r.report());
            }
            r.problems().stream().filter(p -> p.file().endsWith(".md")).forEach(aloneProblems::add);
        }
        Content c = loader.load(root);
        assertTrue(files.size() > 100 && alone.size() < files.size() - 1, "the fixture has the broken files it needs");
        assertEquals(alone, c.reports());
        assertEquals(aloneProblems.stream().sorted(ContentLoader.PROBLEM_ORDER).toList(),
                c.problems().stream().filter(p -> p.file().endsWith(".md")).toList());
        assertEquals(c.reports(), loader.load(root).reports());
    }

    /**
     * Content in the plain form is read without Jackson's YAML mapper: a loader given a supplier asks for it only when
     * a file needs the full reader (here a report with a YAML anchor), and reads the same reports as one given the
     * mapper.
     */
    @Test
    void asksForTheYamlMapperOnlyWhenAFileIsNotInThePlainForm(@TempDir Path dir)
            throws IOException {
        Path root = dir.resolve("content");
        new ContentGenerator(12, 3).writeTo(root);
        ObjectMapper yaml = ContentLoader.yamlMapper();
        AtomicInteger asked = new AtomicInteger();
        ContentLoader lazy = new ContentLoader(() -> {
            asked.incrementAndGet();
            return yaml;
        });
        Content plain = lazy.load(root);
        assertEquals(0, asked.get());
        assertEquals(loader.load(root).reports(), plain.reports());

        Path report;
        try (Stream<Path> s = Files.walk(root)) {
            report = s.filter(p -> p.getFileName().toString().matches("[0-9]{4}\\.md")).sorted().findFirst()
                    .orElseThrow();
        }
        String text = Files.readString(report);
        assertTrue(text.contains("\nissuer: "));
        Files.writeString(report, text.replaceFirst("\nissuer: ", "\nissuer: &who "));
        Content anchored = lazy.load(root);
        assertTrue(asked.get() > 0, "the report with an anchor is read the full way");
        assertEquals(loader.load(root).reports(), anchored.reports());
        assertEquals(plain.reports().size(), anchored.reports().size());
    }

    @Test
    void theLoaderReadsExactlyTheFilesNamedAsItsOwn() {
        List<String> names = List.of("site.yaml", "a/site.yaml", "a/_region.yaml", "_region.yaml", "a/2024.md",
                "a/b/2024.md", "2024.md", "a/2024.source.txt", "a/202.md", "a/20245.md", "a/x024.md", "a/2024.mdx",
                "a/2024.MD", "a/notes.md");
        for (String n : names) {
            String name = n.substring(n.lastIndexOf('/') + 1);
            boolean loaded = n.equals("site.yaml") || n.contains("/") && (name.equals("_region.yaml")
                    || name.matches("[0-9]{4}\\.md"));
            assertEquals(loaded, ContentLoader.readsWhole(n), n);
        }
    }
}
