package cn.gongkai.source.pdf;

import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceText;
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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Extraction goldens: every fixture PDF under {@code src/test/resources/source/pdf/real} and {@code template}
 * has a reviewed {@code NAME.expected.txt} beside it (one "location TAB text" line per source line). On a
 * mismatch the actual text and a diff are written under the build folder and the test fails naming both.
 * Run with {@code -Dgongkai.updateGoldens=true} to rewrite the goldens (then review them with git diff).
 */
class PdfExtractionGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source/pdf");
    private static final boolean UPDATE = Boolean.getBoolean("gongkai.updateGoldens");

    private final PdfReader reader = new PdfReader();

    @TestFactory
    Stream<DynamicTest> extractedTextMatchesGolden() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (String set : List.of("real", "template")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(set))) {
                files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        assertFalse(pdfs.isEmpty(), "no fixture PDFs under " + FIXTURES);
        return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(FIXTURES.relativize(pdf).toString(),
                () -> check(pdf)));
    }

    private void check(Path pdf) throws Exception {
        String actual = render(reader.read(pdf));
        String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        Path golden = pdf.resolveSibling(base + ".expected.txt");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden " + golden + "; run with -Dgongkai.updateGoldens=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path dir = buildDir().resolve("golden-diffs/source-pdf");
            Files.createDirectories(dir);
            Path actualFile = dir.resolve(base + ".actual.txt");
            Path diffFile = dir.resolve(base + ".diff");
            Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
            Files.writeString(diffFile, LineDiff.diff(expected, actual, golden.toString(), actualFile.toString()),
                    StandardCharsets.UTF_8);
            fail("extracted text of " + pdf + " differs from " + golden + "; actual: " + actualFile
                    + ", diff: " + diffFile);
        }
    }

    /** One line per source line: {@code page P, line L<TAB>text}. */
    static String render(SourceText text) {
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : text.lines()) {
            sb.append(line.location()).append('\t').append(line.text()).append('\n');
        }
        return sb.toString();
    }

    /** The build folder this test runs from ({@code <build>/test-classes/..}). */
    static Path buildDir() throws URISyntaxException {
        Path classes = Path.of(PdfExtractionGoldenTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }
}
