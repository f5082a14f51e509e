package cn.gongkai.content;

import cn.gongkai.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each folder under {@code src/test/resources/content/invalid/<case>/} holds a small {@code content/} with one
 * kind of mistake and an {@code expected.txt}: the exact problems a user sees (file, line, key, message, code;
 * files relative to the case folder), then a line {@code loaded: …} with the ids of the reports that still load.
 * Rewrite the expected files only with {@code -Dgongkai.updateGoldens=true}.
 */
class InvalidContentTest {
    static final Path ROOT = Path.of("src/test/resources/content/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachMistakeWithFileLineAndKeyAndLoadsTheRest(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Content c = new ContentLoader(ContentLoader.yamlMapper()).load(dir.resolve("content"));
        String prefix = ContentLoader.shownRoot(dir) + "/";
        StringBuilder actual = new StringBuilder();
        for (ContentProblem p : c.problems()) {
            actual.append(p.format().replace(prefix, "")).append('\n');
        }
        List<String> ids = new ArrayList<>();
        for (Report r : c.reports()) {
            ids.add(r.id());
        }
        actual.append("loaded: ").append(String.join(" ", ids)).append('\n');
        Path expected = dir.resolve("expected.txt");
        if (Boolean.getBoolean("gongkai.updateGoldens") && System.getenv("CI") == null) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
        if (!want.equals(actual.toString())) {
            Path out = TestFiles.buildDir().resolve("content-invalid").resolve(name + ".actual.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail("problems for case " + name + " differ from " + expected + "; actual output: " + out
                    + "\n--- expected\n" + want + "--- actual\n" + actual);
        }
    }
}
