package cn.gongkai.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files under {@code src/test/resources/data/golden/}. They are rewritten only when the test JVM gets
 * {@code -Dgongkai.updateGoldens=true} (never on CI). On a mismatch the actual output and a diff are written
 * under the build folder and the test fails naming both paths.
 */
final class Goldens {
    static final Path ROOT = Path.of("src/test/resources/data/golden");

    private Goldens() {
    }

    static boolean updating() {
        return Boolean.getBoolean("gongkai.updateGoldens") && System.getenv("CI") == null;
    }

    /** Compares bytes with the golden file {@code name} (a relative path under the golden folder). */
    static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = ROOT.resolve(name);
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            Path out = writeActual(name, actual);
            fail("no golden file " + golden + " for this output; actual output is in " + out
                    + "; rerun with -Dgongkai.updateGoldens=true to accept it");
        }
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            Path out = writeActual(name, actual);
            Path diff = buildDir().resolve("golden-diff").resolve(name + ".diff");
            Files.createDirectories(diff.getParent());
            Files.writeString(diff, diff(new String(expected, StandardCharsets.UTF_8),
                    new String(actual, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            fail(name + " differs from the golden file " + golden + "; actual output: " + out + "; diff: " + diff
                    + "; rerun with -Dgongkai.updateGoldens=true if the change is intended");
        }
    }

    /** Every golden file's name under a folder of the golden root, so tests can catch files no longer written. */
    static List<String> list(String folder) throws IOException {
        Path dir = ROOT.resolve(folder);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .forEach(p -> out.add(ROOT.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    /** Deletes the golden folder's files before an update, so files no longer written disappear. */
    static void clearForUpdate(String folder) throws IOException {
        if (!updating()) {
            return;
        }
        for (String name : list(folder)) {
            Files.delete(ROOT.resolve(name));
        }
    }

    private static Path writeActual(String name, byte[] actual) throws IOException {
        Path out = buildDir().resolve("golden-actual").resolve(name);
        Files.createDirectories(out.getParent());
        Files.write(out, actual);
        return out.toAbsolutePath();
    }

    /** The build folder: the parent of the test classes folder (e.g. {@code target/} or {@code /tmp/build-x}). */
    private static Path buildDir() {
        try {
            return Path.of(Goldens.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            return Path.of("target");
        }
    }

    /** A line diff: every line that differs, numbered, expected then actual. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        StringBuilder sb = new StringBuilder("--- expected (golden)\n+++ actual\n");
        int n = Math.max(e.length, a.length);
        int shown = 0;
        for (int i = 0; i < n && shown < 200; i++) {
            String el = i < e.length ? e[i] : null;
            String al = i < a.length ? a[i] : null;
            if (el == null || !el.equals(al)) {
                sb.append("@@ line ").append(i + 1).append('\n');
                if (el != null) {
                    sb.append('-').append(el).append('\n');
                }
                if (al != null) {
                    sb.append('+').append(al).append('\n');
                }
                shown++;
            }
        }
        return sb.toString();
    }
}
