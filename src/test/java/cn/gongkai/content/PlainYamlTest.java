package cn.gongkai.content;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fast reader must give exactly what the full YAML reader gives, or step aside. */
class PlainYamlTest {
    final JsonFactory yaml = ContentLoader.yamlMapper().getFactory();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/content"))) {
            return s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static String frontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? null : text.substring(4, end + 1);
    }

    void assertSameAsFullReader(String text) throws LocatedYaml.SyntaxException {
        LocatedYaml plain = PlainYaml.tryRead(text, 2);
        if (plain == null) {
            return;
        }
        LocatedYaml full = LocatedYaml.parseFully(yaml, text, 2);
        assertEquals(full.root(), plain.root());
        assertEquals(full.lines(), plain.lines());
        assertEquals(full.duplicateKeys(), plain.duplicateKeys());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsEveryFixtureExactlyLikeTheFullReader(Path file) throws Exception {
        String text = frontMatter(Files.readString(file, StandardCharsets.UTF_8));
        if (text == null) {
            return;
        }
        try {
            LocatedYaml.parseFully(yaml, text, 2);
        } catch (LocatedYaml.SyntaxException e) {
            assertNull(PlainYaml.tryRead(text, 2), "broken on purpose; the fast reader must not accept it either");
            return;
        }
        assertSameAsFullReader(text);
    }

    @Test
    void readsEverySampleFrontMatterWithoutFallingBack() throws Exception {
        List<Path> reports;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/content/sample"))) {
            reports = s.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertEquals(6, reports.size());
        for (Path p : reports) {
            assertNotNull(PlainYaml.tryRead(frontMatter(Files.readString(p, StandardCharsets.UTF_8)), 2), p.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: yes\n", "a: 012\n", "a: 1e5\n", "a: 1_000\n", "a:\n  - 1\n", "a: &x 1\n", "a: 'q'\n",
            "a: \"x\\ny\"\n", "a: [1, [2]]\n", "a: {b: 1}\n", "a: |\n  text\n", "a:\n    b: 1\n  c: 2\n", "a: 1:2: 3\n",
            "a: .5\n", "a: +1\n", "a: 0x1F\n", "\"a\": 1\n", "a: [1,, 2]\n", "a: [\"x\\\"\", 1]\n", "a: [\"x, y\"]\n", "a: 1\n  b: 2\n", "a: [1, 2\n"})
    void stepsAsideForAnythingBeyondThePlainSubset(String text) {
        assertNull(PlainYaml.tryRead(text, 1), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 1\nb: -2\nc: 3.50\nd: ~\ne: null\nf:\ng: /\nh: —\n",
            "a:\n  b:\n    c: [0, /, null, 无, ~, 7]\n  d: 1 # note\n",
            "x: \"2021\"\ny: 2025-01-20\nz: http://www.example.gov.cn/a?b=1\n", "a: 1\na: 2\n", "# only\n\na: [ ]\nb: []\n",
            "s: 0f3a000000000000000000000000000000000000000000000000000000000001\n", "source:\n  file: 2024.source.pdf\n",
            "a:   # the table\n  b: [1, 2]\nc: 3\n", "a: [\"/\", 0, \"—\", \"\", 12345678901, -3]\n"})
    void agreesWithTheFullReaderOnPlainDocuments(String text) throws Exception {
        assertNotNull(PlainYaml.tryRead(text, 2), text);
        assertSameAsFullReader(text);
    }
}
