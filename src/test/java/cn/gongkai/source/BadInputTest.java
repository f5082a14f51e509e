package cn.gongkai.source;

import cn.gongkai.cli.Main;
import cn.gongkai.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input of the corpus gets one clear message naming the file, exit 1, and no stack trace. */
class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/source/bad");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "empty.txt; the file is empty",
            "empty.html; the file is empty",
            "binary.txt; this is a binary file, not text",
            "gbk.txt; GBK/GB18030-encoded, not UTF-8",
            "scripts.html; the page is scripts, not report text",
            "truncated.pdf; truncated"})
    void badInputIsRefusedWithOneMessageNamingTheFile(String name, String expected) {
        Path file = BAD.resolve(name);
        SourceReadException e = assertThrows(SourceReadException.class,
                () -> new SourceParser(r -> r).parse(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"parse", "--json", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.CONTENT_ERRORS, code);
        assertEquals("", out.toString(), "nothing on stdout for a bad input");
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains(name) && !err.toString().contains("\tat "), err.toString());
    }

    @Test
    void missingFileIsNamed() {
        SourceReadException e = assertThrows(SourceReadException.class,
                () -> new SourceParser(r -> r).parse(BAD.resolve("nothing-here.txt")));
        assertTrue(e.getMessage().contains("nothing-here.txt") && e.getMessage().contains("no such file"));
    }

    @Test
    void truncatedHtmlIsReadAsFarAsItGoesAndInventsNothing() throws Exception {
        Report r = new SourceParser(new cn.gongkai.check.Checker()::check).parse(BAD.resolve("truncated.html"));
        assertEquals(2023, r.year());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("row-cut-off")
                || d.code().equals("table-missing") || d.code().equals("rows-unknown")), r.diagnostics().toString());
        // the review table lies beyond the cut: unknown, not zeros
        assertTrue(r.reviewLitigation() == null || r.reviewLitigation().cells().stream().allMatch(c -> c.isUnknown()));
        assertFalse(Files.readString(BAD.resolve("truncated.html")).contains("</html>"));
    }
}
