package cn.gongkai.source.importing;

import cn.gongkai.check.Checker;
import cn.gongkai.cli.Main;
import cn.gongkai.model.Region;
import cn.gongkai.source.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportImporterTest {
    private static final Path SEED_001 = Path.of("src/test/resources/source/corpus/seeds/001_da1fab63ef745f7d.txt");
    private static final Path SEED_004 = Path.of("src/test/resources/source/corpus/seeds/004_6b59462ec1bd167c.txt");

    private ReportImporter importer(Path root, ImportHints hints, boolean force) {
        return new ReportImporter(new SourceParser(new Checker()::check), root, hints, force);
    }

    @Test
    void writesAContentFileBesideACopyOfTheSourceUnderTheStatedRegions(@TempDir Path root) throws Exception {
        ImportOutcome o = importer(root, ImportHints.NONE, false).importOne(SEED_001);
        assertEquals(ImportOutcome.Status.IMPORTED, o.status(), o.message());
        Path dir = o.target().getParent();
        assertEquals("2024.md", o.target().getFileName().toString());
        assertTrue(Files.exists(dir.resolve("2024.source.txt")));
        assertTrue(Files.readString(dir.resolve("_region.yaml")).contains("name: \"卜塔集镇\"\nlevel: township"));
        assertTrue(Files.readString(dir.getParent().resolve("_region.yaml")).contains("level: county"));
        String md = Files.readString(o.target(), StandardCharsets.UTF_8);
        assertTrue(md.contains("issuer: \"潢川县卜塔集镇人民政府\""), md);
        assertTrue(md.contains("  file: \"2024.source.txt\"\n  sha256: " + SourceParser.sha256(SEED_001)), md);
        assertTrue(md.contains("  partially_granted:"), md);
        assertTrue(md.contains("provenance:\n"), md);
        assertTrue(md.contains("\n## 一、总体情况\n"), md);
        assertEquals(200, o.cells());
        assertEquals(0, o.unknown());
    }

    @Test
    void aReportWithoutCountyGoesUnderItsTownshipOnlyAndDiagnosticsAreWritten(@TempDir Path root) throws Exception {
        ImportOutcome o = importer(root, ImportHints.NONE, false).importOne(SEED_004);
        assertEquals(root, o.target().getParent().getParent(), "no county folder may be invented");
        String md = Files.readString(o.target());
        assertTrue(md.contains("review_litigation:") && md.contains("code: \"cell-unplaced\""), md);
        assertTrue(md.contains("  review:                  [null, null, null, null, null]"), md);
    }

    @Test
    void hintsFillOnlyWhatTheReportLeavesOpen(@TempDir Path root) throws Exception {
        ImportHints hints = new ImportHints(2023, null, new Region("某省", null, "某县", "另一个镇", null));
        ImportOutcome o = importer(root, hints, false).importOne(SEED_004);
        assertEquals("2024.md", o.target().getFileName().toString(), "the report's own year wins");
        assertTrue(Files.readString(o.target().getParent().getParent().resolve("_region.yaml")).contains("某县"));
        String md = Files.readString(o.target());
        assertTrue(md.contains("hint-conflict"), md);
    }

    @Test
    void neverOverwritesAContentFileEditedByHandUnlessForced(@TempDir Path root) throws Exception {
        ImportOutcome first = importer(root, ImportHints.NONE, false).importOne(SEED_001);
        ImportOutcome again = importer(root, ImportHints.NONE, false).importOne(SEED_001);
        assertEquals(ImportOutcome.Status.IMPORTED, again.status(), "an unedited file may be rewritten");
        Files.writeString(first.target(), Files.readString(first.target()).replace("无\n", "无。已核对。\n"));
        String edited = Files.readString(first.target());
        ImportOutcome skipped = importer(root, ImportHints.NONE, false).importOne(SEED_001);
        assertEquals(ImportOutcome.Status.SKIPPED, skipped.status());
        assertTrue(skipped.message().contains("--force"));
        assertEquals(edited, Files.readString(first.target()));
        ImportOutcome forced = importer(root, ImportHints.NONE, true).importOne(SEED_001);
        assertEquals(ImportOutcome.Status.IMPORTED, forced.status());
        assertFalse(Files.readString(first.target()).contains("已核对"));
    }

    @Test
    void aBatchGoesOnAfterABadFileAndSummarises(@TempDir Path root) throws Exception {
        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.copy(SEED_001, in.resolve("a.txt"));
        Files.write(in.resolve("b.txt"), new byte[]{1, 0, 2, 0});
        Files.copy(SEED_004, in.resolve("c.txt"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"import", in.toString(), "--into", root.resolve("content").toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.CONTENT_ERRORS, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals(4, lines.size(), out.toString());
        assertTrue(lines.get(1).startsWith("failed") && lines.get(1).contains("b.txt") && lines.get(1).contains("binary"));
        assertTrue(lines.get(3).startsWith("3 source(s): 2 imported, 0 skipped, 1 failed"), lines.get(3));
    }

    @Test
    void newFoldersAreNamedInPinyinWithTheirCodes(@TempDir Path root) throws Exception {
        ImportOutcome o = importer(root, ImportHints.NONE, false).importOne(SEED_001);
        assertEquals(root.resolve("henan/xinyang/huangchuan/butaji-zhen/2024.md"), o.target());
        assertTrue(Files.readString(root.resolve("henan/xinyang/huangchuan/_region.yaml"))
                .contains("name: \"潢川县\"\nlevel: county\ncode: \"411526000000\"\n"));
        assertTrue(Files.readString(root.resolve("henan/_region.yaml")).contains("code: \"410000000000\""));
    }

    @Test
    void aDifferentNameWithTheSamePinyinGetsTheNextNumber(@TempDir Path root) throws Exception {
        // 卜塔集镇 and a look-alike 布塔集镇 read the same: the second folder is butaji-zhen-2
        Path lookAlike = root.resolve("in/布塔集镇.txt");
        Files.createDirectories(lookAlike.getParent());
        Files.writeString(lookAlike, Files.readString(SEED_001).replace("卜塔集镇", "布塔集镇"));
        ImportOutcome first = importer(root.resolve("content"), ImportHints.NONE, false).importOne(SEED_001);
        ImportOutcome second = importer(root.resolve("content"), ImportHints.NONE, false).importOne(lookAlike);
        assertEquals("butaji-zhen", first.target().getParent().getFileName().toString());
        assertEquals("butaji-zhen-2", second.target().getParent().getFileName().toString());
        ImportOutcome again = importer(root.resolve("content"), ImportHints.NONE, false).importOne(lookAlike);
        assertEquals(second.target(), again.target(), "an existing folder of the same name is reused");
    }

    @Test
    void aHintedCountyGetsItsCityAndProvince(@TempDir Path root) throws Exception {
        ImportOutcome o = importer(root, new ImportHints(null, "微山县", null), false).importOne(SEED_004);
        assertEquals(root.resolve("shandong/jining/weishan/maying-zhen/2024.md"), o.target());
        assertTrue(Files.readString(o.target()).contains("region-from-gazetteer"));
    }
}
