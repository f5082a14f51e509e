package cn.gongkai.source.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bad-PDF corpus (src/test/resources/source/pdf/bad, README there): one clear message for each. */
class BadPdfTest {
    private static final Path BAD = Path.of("src/test/resources/source/pdf/bad");

    private final PdfReader reader = new PdfReader();

    private String messageFor(Path pdf) {
        return assertThrows(PdfReadException.class, () -> reader.read(pdf)).getMessage();
    }

    @Test
    void rejectsAnEmptyFile() {
        Path pdf = BAD.resolve("empty.pdf");
        assertEquals(pdf + ": the file is empty (0 bytes)", messageFor(pdf));
    }

    @Test
    void rejectsATruncatedFile() {
        Path pdf = BAD.resolve("truncated.pdf");
        assertEquals(pdf + ": the PDF is truncated or damaged (it has no end-of-file marker); "
                + "download or export it again", messageFor(pdf));
    }

    @Test
    void rejectsADamagedFileNamingWhatPdfBoxFound() {
        Path pdf = BAD.resolve("damaged.pdf");
        assertEquals(pdf + ": the PDF is damaged and cannot be read (Page tree root must be a dictionary)",
                messageFor(pdf));
    }

    @Test
    void rejectsAPasswordProtectedFile() {
        Path pdf = BAD.resolve("encrypted.pdf");
        assertEquals(pdf + ": the PDF is encrypted with a password; open it with the password and save an "
                + "unprotected copy", messageFor(pdf));
    }

    @Test
    void saysAScannedPdfNeedsOcr() {
        Path pdf = BAD.resolve("image-only.pdf");
        assertEquals(pdf + ": the PDF has no text layer, only scanned images; it needs OCR (text recognition) "
                + "before it can be read", messageFor(pdf));
    }

    @Test
    void rejectsAnHtmlPageNamedPdf() {
        Path pdf = BAD.resolve("not-a-pdf.pdf");
        assertEquals(pdf + ": not a PDF file (it is an HTML page); it does not start with %PDF-", messageFor(pdf));
    }

    @Test
    void rejectsAWordDocumentNamedPdf(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertEquals(pdf + ": not a PDF file (it is a ZIP archive, perhaps a Word .docx file); it does not start "
                + "with %PDF-", messageFor(pdf));
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        Path pdf = dir.resolve("missing.pdf");
        assertEquals(pdf + ": no such file", messageFor(pdf));
    }

    @Test
    void rejectsAFileTooLargeToBeAReport(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("huge.pdf");
        Files.write(pdf, new byte[3 * 1024 * 1024]);
        PdfReader small = new PdfReader(2 * 1024 * 1024);
        PdfReadException e = assertThrows(PdfReadException.class, () -> small.read(pdf));
        assertEquals(pdf + ": the file is too large for a report (3 MB; the limit is 2 MB)", e.getMessage());
    }
}
