package cn.gongkai.cli;

import cn.gongkai.content.generate.ContentGenerator;
import cn.gongkai.site.PageTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build after an earlier one updates the output in place: only files whose bytes changed are replaced (the
 * others keep their inode and modification time), files no longer made are deleted with the folders they leave
 * empty, and the result — pages, data files and search index, files and folders — is what a full build from
 * scratch writes. A failed build leaves the output as it was and the next one is right; kept pages' search texts
 * are taken from the last build's file only while they were made from the same inputs.
 */
class InPlaceUpdateTest {
    @TempDir
    Path dir;

    private record Built(int exitCode, String out, String err) {
    }

    private Built build(Path content, Path out, boolean strict) {
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        SiteBuild.Result r = new SiteBuild(new PrintWriter(so, true), new PrintWriter(se, true))
                .run(new SiteBuild.Options(content, out, dir.resolve("themes"), null, strict, true, false));
        return new Built(r.exitCode(), so.toString(), se.toString());
    }

    private String buildOk(Path content, Path out) {
        Built b = build(content, out, false);
        assertTrue(b.exitCode() == Main.OK || b.exitCode() == Main.CONTENT_ERRORS, b.err());
        return b.out();
    }

    /** Every file (by path, with its bytes) and every folder under {@code root}. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "<folder>"
                        : java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inode and modification time of every file. */
    private static Map<String, String> identities(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(root.relativize(p).toString(), a.fileKey() + "@" + a.lastModifiedTime().toMillis());
            }
        }
        return out;
    }

    private void assertSameAsFullBuild(Path content, Path out, String after) throws IOException {
        Path full = Files.createTempDirectory(dir, "full").resolve("site");
        buildOk(content, full);
        Map<String, String> expected = tree(full);
        Map<String, String> actual = tree(out);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()),
                after + ": the same files and folders");
        assertEquals(expected, actual, after + ": the same bytes");
        assertFalse(Files.exists(SiteBuild.stagingFolder(out)), "no staging folder left");
    }

    private static List<Path> reports(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.md")).sorted().toList();
        }
    }

    private Path generated() throws IOException {
        Path content = dir.resolve("content");
        new ContentGenerator(60, 1).writeTo(content);
        return content;
    }

    @Test
    void anEditReplacesOnlyTheChangedFilesAndADeletedReportsFilesGo() throws IOException {
        Path content = generated();
        Path out = dir.resolve("site");
        buildOk(content, out);
        Map<String, String> before = identities(out);
        Map<String, String> bytesBefore = tree(out);

        List<Path> all = reports(content);
        Path edited = all.get(all.size() / 2);
        Files.writeString(edited, Files.readString(edited).replaceFirst("\n## ", "\n就地更新测试加入的一句话。\n\n## "));
        String v = buildOk(content, out);
        assertTrue(v.contains("output updated in place"), v);
        assertSameAsFullBuild(content, out, "one report's text edited");
        Map<String, String> after = identities(out);
        Map<String, String> bytesAfter = tree(out);
        int kept = 0;
        int replaced = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            String path = e.getKey();
            if (bytesBefore.get(path).equals(bytesAfter.get(path))) {
                assertEquals(e.getValue(), after.get(path), path + " did not change: the same file, untouched");
                kept++;
            } else if (after.containsKey(path)) {
                assertNotEquals(e.getValue(), after.get(path), path + " changed: a new file");
                replaced++;
            }
        }
        assertTrue(kept > replaced && replaced > 0, kept + " kept, " + replaced + " replaced");

        // a report deleted, and a whole township folder deleted
        Path gone = all.get(0);
        String goneId = content.relativize(gone).toString().replace(".md", "");
        Path township = all.get(all.size() - 1).getParent();
        String townshipPath = content.relativize(township).toString();
        Files.delete(gone);
        try (Stream<Path> s = Files.walk(township)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        buildOk(content, out);
        assertFalse(Files.exists(out.resolve("reports/" + goneId + "/index.html")), goneId);
        assertFalse(Files.exists(out.resolve("data/reports/" + goneId + ".json")), goneId);
        assertFalse(Files.exists(out.resolve("regions/" + townshipPath)), "the township's folder is gone");
        assertFalse(Files.exists(out.resolve("reports/" + townshipPath)), "its reports' folders are gone");
        assertSameAsFullBuild(content, out, "a report and a township deleted");
    }

    @Test
    void aFailedBuildLeavesTheOutputAndTheNextBuildIsRight() throws IOException {
        Path content = generated();
        Path out = dir.resolve("site");
        buildOk(content, out);
        Map<String, String> first = tree(out);
        List<Path> all = reports(content);

        // an edit, and a theme template that fails on every report page
        Path edited = all.get(1);
        Files.writeString(edited, Files.readString(edited).replaceFirst("proactive_total: \\d+", "proactive_total: 4321"));
        Path template = dir.resolve("themes/default/templates/report.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#import \"layout.ftlh\" as l><@l.page frame=frame>${noSuchValue}</@l.page>\n");
        Built failed = build(content, out, false);
        assertEquals(Main.CONTENT_ERRORS, failed.exitCode(), failed.err());
        assertEquals(first, tree(out), "the failed build changed nothing");
        assertFalse(Files.exists(SiteBuild.stagingFolder(out)));

        // --strict with a broken report: nothing written either
        Files.delete(template);
        Path broken = all.get(2);
        String good = Files.readString(broken);
        Files.writeString(broken, good.replaceFirst("proactive_total: \\d+", "proactive_total: -5"));
        Built strict = build(content, out, true);
        assertEquals(Main.CONTENT_ERRORS, strict.exitCode(), strict.err());
        assertEquals(first, tree(out), "the strict build changed nothing");

        Files.writeString(broken, good);
        String v = buildOk(content, out);
        assertTrue(v.contains("output updated in place"), v);
        assertSameAsFullBuild(content, out, "after two failed builds");
        assertTrue(Files.readString(out.resolve("data/reports.json")).contains("4321"));
    }

    @Test
    void keptSearchTextsAreUsedOnlyForPagesMadeFromTheSameInputs() throws IOException {
        Path content = generated();
        Path out = dir.resolve("site");
        buildOk(content, out);
        assertTrue(Files.isRegularFile(PageTexts.fileFor(out)));
        List<Path> all = reports(content);

        // an edit: the other pages' texts come from the file
        Path edited = all.get(3);
        Files.writeString(edited, Files.readString(edited).replaceFirst("\n## ", "\n检索文本缓存测试。\n\n## "));
        String v = buildOk(content, out);
        assertTrue(cachedTexts(v) > 0, v);
        assertSameAsFullBuild(content, out, "one report edited");

        // a theme template that adds a word to every report page: no text is taken from the file
        Path template = dir.resolve("themes/default/templates/report.ftlh");
        Files.createDirectories(template.getParent());
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/themes/default/templates/report.ftlh")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(builtIn.contains("<article class=\"report\">"));
        Files.writeString(template, builtIn.replace("<article class=\"report\">",
                "<article class=\"report\"><p>主题新增的检索词</p>"));
        v = buildOk(content, out);
        assertEquals(0, cachedTexts(v), v);
        assertSameAsFullBuild(content, out, "a theme template changed");

        // then site.yaml (the title is on every page): again none
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replaceFirst("title: (\\S+)", "title: $1（修订）"));
        v = buildOk(content, out);
        assertEquals(0, cachedTexts(v), v);
        assertSameAsFullBuild(content, out, "site.yaml changed");

        // with the texts' file gone or cut short, kept pages are read back from the output: the same index
        Files.writeString(edited, Files.readString(edited).replace("检索文本缓存测试。", "检索文本缓存测试，再改一次。"));
        byte[] texts = Files.readAllBytes(PageTexts.fileFor(out));
        Files.write(PageTexts.fileFor(out), java.util.Arrays.copyOf(texts, texts.length / 2));
        v = buildOk(content, out);
        assertEquals(0, cachedTexts(v), v);
        assertTrue(v.matches("(?s).*search text of 0 kept pages from page-text.bin, [1-9]\\d* read from the pages.*"), v);
        assertSameAsFullBuild(content, out, "the texts' file cut short");
    }

    private static long cachedTexts(String verbose) {
        var m = java.util.regex.Pattern.compile("search text of (\\d+) kept pages").matcher(verbose);
        assertTrue(m.find(), verbose);
        return Long.parseLong(m.group(1));
    }
}
