package cn.gongkai.cli;

import cn.gongkai.content.generate.ContentGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build after an edit renders only the pages made from what changed, and its output is byte for byte what a
 * full build of the same content writes: edits of every kind (a report's text, its figures, a new report, a
 * deleted one, a region's name) are made one after another, each followed by an incremental build compared with
 * a full build from scratch.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private String build(Path content, Path out) {
        return build(content, out, false);
    }

    private String build(Path content, Path out, boolean serialStages) {
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        SiteBuild.Result r = new SiteBuild(new PrintWriter(so, true), new PrintWriter(se, true))
                .run(new SiteBuild.Options(content, out, dir.resolve("themes"), null, false, true, false,
                        serialStages));
        assertTrue(r.exitCode() == Main.OK || r.exitCode() == Main.CONTENT_ERRORS, se.toString());
        return so.toString();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void assertSameSite(Path expected, Path actual, String after) throws IOException {
        Map<String, byte[]> e = files(expected);
        Map<String, byte[]> a = files(actual);
        assertEquals(e.keySet(), a.keySet(), after + ": the same files");
        for (String path : e.keySet()) {
            assertTrue(java.util.Arrays.equals(e.get(path), a.get(path)), after + ": " + path + " differs");
        }
    }

    private static List<Path> reports(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.md")).sorted().toList();
        }
    }

    private static long kept(String verbose) {
        var m = java.util.regex.Pattern.compile("\\((\\d+) of (\\d+) pages kept").matcher(verbose);
        assertTrue(m.find(), verbose);
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyEditGivesWhatAFullBuildGivesAndUnchangedPagesAreNotRendered() throws IOException {
        Path content = dir.resolve("content");
        new ContentGenerator(60, 1).writeTo(content);
        Path out = dir.resolve("site");
        build(content, out);
        Random random = new Random(11);
        List<Path> all = reports(content);

        List<String> edits = new ArrayList<>();
        // 1. a sentence of one report's text
        Path a = all.get(random.nextInt(all.size()));
        Files.writeString(a, Files.readString(a).replaceFirst("\n## ", "\n增量构建测试加入的一句话。\n\n## "));
        edits.add("text of " + a);
        String v = build(content, out);
        assertTrue(kept(v) > 0, "most pages are kept: " + v);
        Path full = dir.resolve("full1");
        build(content, full, true);   // stages one after another: the same site as with the data stage beside
        assertSameSite(full, out, edits.get(0));

        // 2. a figure of another report (its checks across years change too)
        Path b = all.get(random.nextInt(all.size()));
        String text = Files.readString(b);
        Files.writeString(b, text.replaceFirst("proactive_total: \\d+", "proactive_total: 987"));
        build(content, out);
        Path full2 = dir.resolve("full2");
        build(content, full2);
        assertSameSite(full2, out, "figure of " + b);

        // 3. a new report (a copy one year later) and 4. a deleted one
        Path c = all.get(random.nextInt(all.size()));
        int year = Integer.parseInt(c.getFileName().toString().substring(0, 4));
        Path added = c.resolveSibling((year + 10) + ".md");
        Files.writeString(added, Files.readString(c).replace("year: " + year, "year: " + (year + 10)));
        Files.delete(all.get(random.nextInt(all.size())).equals(c) ? all.get(0) : all.get(random.nextInt(all.size())));
        build(content, out);
        Path full3 = dir.resolve("full3");
        build(content, full3);
        assertSameSite(full3, out, "a report added and one deleted");

        // 5. a region's name: every page shows region names, so everything is made again
        Path region;
        try (Stream<Path> s = Files.walk(content)) {
            region = s.filter(p -> p.getFileName().toString().equals("_region.yaml")).sorted().toList().get(1);
        }
        Files.writeString(region, Files.readString(region).replaceFirst("name: (\\S+)", "name: $1新"));
        String all5 = build(content, out);
        assertEquals(0, kept(all5), "a region file changed: nothing is kept");
        Path full4 = dir.resolve("full4");
        build(content, full4);
        assertSameSite(full4, out, "a region renamed");

        // and with nothing changed at all (Java's own stamp skips the build; the output stays)
        build(content, out);
        assertSameSite(full4, out, "nothing changed");
    }
}
