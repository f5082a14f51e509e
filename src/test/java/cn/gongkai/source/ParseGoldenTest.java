package cn.gongkai.source;

import cn.gongkai.data.JsonMapper;
import cn.gongkai.data.ReportJson;
import cn.gongkai.model.Report;
import cn.gongkai.model.SourceRef;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Parse goldens: each folder under {@code src/test/resources/source/golden/} holds a source, the report JSON
 * expected from the parser (what {@code gongkai parse --json} prints, before the contract checks add theirs) and a README saying what it pins. Goldens are
 * rewritten only with {@code -Dgongkai.updateGoldens=true}; on a mismatch the actual output and a line diff are
 * written under the build folder and the test fails naming both.
 */
class ParseGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/source/golden");

    @TestFactory
    Stream<DynamicTest> eachSourceParsesToItsExpectedReport() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(dirs.size() >= 5, "golden folders missing");
        // the parser's own output only: the contract checks have their own tests, and their wording may change
        SourceParser parser = new SourceParser(r -> r);
        ReportJson json = new ReportJson(JsonMapper.create());
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            assertTrue(Files.exists(dir.resolve("README.md")), dir + " has no README.md");
            Path source;
            try (Stream<Path> s = Files.list(dir)) {
                source = s.filter(p -> p.getFileName().toString().startsWith("source.")).findFirst()
                        .orElseThrow(() -> new AssertionError(dir + " has no source.* file"));
            }
            Report r = parser.parse(source);
            r = r.toBuilder().source(new SourceRef(r.source().kind(), source.getFileName().toString(),
                    r.source().sha256(), null)).build();
            String actual = json.toJson(r);
            Path expectedFile = dir.resolve("expected.json");
            if (Boolean.getBoolean("gongkai.updateGoldens")) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            if (!expected.equals(actual)) {
                Path out = buildDir().resolve("golden-mismatch").resolve(dir.getFileName().toString());
                Files.createDirectories(out);
                Files.writeString(out.resolve("actual.json"), actual, StandardCharsets.UTF_8);
                Files.writeString(out.resolve("diff.txt"), diff(expected, actual), StandardCharsets.UTF_8);
                fail("parse output differs from " + expectedFile + "; actual: " + out.resolve("actual.json")
                        + ", diff: " + out.resolve("diff.txt")
                        + " (rerun with -Dgongkai.updateGoldens=true only if the change is intended)");
            }
        }));
    }

    private static Path buildDir() throws URISyntaxException {
        Path classes = Path.of(ParseGoldenTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }

    /** A plain line diff: lines only in expected (-) and only in actual (+), with line numbers. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        List<String> out = new ArrayList<>();
        int n = Math.max(e.size(), a.size());
        for (int i = 0; i < n; i++) {
            String x = i < e.size() ? e.get(i) : null;
            String y = i < a.size() ? a.get(i) : null;
            if (x == null || !x.equals(y)) {
                if (x != null) {
                    out.add((i + 1) + " - " + x);
                }
                if (y != null) {
                    out.add((i + 1) + " + " + y);
                }
            }
        }
        return String.join("\n", out) + "\n";
    }
}
