package cn.gongkai.source.pdf;

import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a PDF report into lines: prose in reading order, and each table row rebuilt from glyph positions and
 * the table's ruling lines as one line of cells, {@code cell | cell | … |}. A cell merged over several rows is
 * printed on its first row only; a label wrapped in its cell is one cell text; tables cut by a page break are
 * joined; page-number lines are dropped. Every line's location is "page P, line L".
 */
public final class PdfReader {
    /** Reports are a few pages; anything this large is not one. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * PDFBox logs what it repairs in a damaged file to stderr; our own message says what the user needs, so
     * its loggers are silenced. Held here because java.util.logging forgets the level of an unreferenced logger.
     */
    private final List<Logger> quietLoggers = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    private final long maxBytes;

    public PdfReader() {
        this(MAX_BYTES);
    }

    /** A reader refusing files larger than {@code maxBytes}. */
    PdfReader(long maxBytes) {
        this.maxBytes = maxBytes;
        quietLoggers.forEach(l -> l.setLevel(Level.OFF));
    }

    public SourceText read(Path pdf) throws PdfReadException {
        String name = pdf.toString();
        checkFile(pdf, name, maxBytes);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return read(document, name);
        } catch (InvalidPasswordException e) {
            throw new PdfReadException(name + ": the PDF is encrypted with a password; open it with the password "
                    + "and save an unprotected copy");
        } catch (IOException | RuntimeException e) {
            throw new PdfReadException(name + ": the PDF is damaged and cannot be read (" + oneLine(e) + ")");
        }
    }

    private SourceText read(PDDocument document, String name) throws IOException, PdfReadException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new PdfReadException(name + ": the PDF has no pages");
        }
        List<List<Glyph>> glyphs = new GlyphCollector().collect(document);
        List<List<PageBlock>> pages = new ArrayList<>();
        TextLayer layer = TextLayer.of(glyphs);
        if (layer.isGarbled()) {
            throw new PdfReadException(name + ": the PDF's text cannot be read (" + layer.unmapped() + " of "
                    + layer.glyphs() + " characters have no Unicode mapping in their fonts); it needs OCR (text "
                    + "recognition) or a new export from the original document");
        }
        int images = 0;
        for (int i = 0; i < pageCount; i++) {
            PDPage page = document.getPage(i);
            RulingCollector rulings = new RulingCollector(page);
            List<TableGrid> tables = TableFinder.find(rulings.collect());
            if (page.getRotation() % 360 != 0) {
                // Glyph positions come turned with the page, borders do not: on a turned page only glyph
                // positions are used, never borders that would put a glyph into the wrong cell.
                tables = List.of();
            }
            images += rulings.images();
            List<PageBlock> blocks = new ArrayList<>(PageLayout.lay(glyphs.get(i), tables));
            PageNumbers.drop(blocks);
            pages.add(blocks);
        }
        if (layer.isEmpty()) {
            throw new PdfReadException(images > 0
                    ? name + ": the PDF has no text layer, only scanned images; it needs OCR (text recognition) "
                    + "before it can be read"
                    : name + ": the PDF contains no text");
        }
        TableContinuation.join(pages);
        List<SourceLine> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            int n = 0;
            for (PageBlock b : pages.get(p)) {
                String text = b.text();
                if (!text.isEmpty()) {
                    n++;
                    lines.add(new SourceLine(text, "page " + (p + 1) + ", line " + n));
                }
            }
        }
        return new SourceText(name, "pdf", List.copyOf(lines));
    }

    private static void checkFile(Path pdf, String name, long maxBytes) throws PdfReadException {
        long size;
        try {
            size = Files.size(pdf);
        } catch (NoSuchFileException e) {
            throw new PdfReadException(name + ": no such file");
        } catch (IOException e) {
            throw new PdfReadException(name + ": cannot be read (" + oneLine(e) + ")");
        }
        if (size == 0) {
            throw new PdfReadException(name + ": the file is empty (0 bytes)");
        }
        if (size > maxBytes) {
            throw new PdfReadException(name + ": the file is too large for a report (" + size / (1024 * 1024)
                    + " MB; the limit is " + maxBytes / (1024 * 1024) + " MB)");
        }
        byte[] head = new byte[(int) Math.min(1024, size)];
        byte[] tail = new byte[(int) Math.min(2048, size)];
        try (InputStream in = Files.newInputStream(pdf); RandomAccessFile raf = new RandomAccessFile(pdf.toFile(), "r")) {
            int read = in.readNBytes(head, 0, head.length);
            raf.seek(size - tail.length);
            raf.readFully(tail);
            if (read < head.length) {
                throw new IOException("short read");
            }
        } catch (IOException e) {
            throw new PdfReadException(name + ": cannot be read (" + oneLine(e) + ")");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new PdfReadException(name + ": not a PDF file" + looksLike(head) + "; it does not start with %PDF-");
        }
        if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new PdfReadException(name + ": the PDF is truncated or damaged (it has no end-of-file marker); "
                    + "download or export it again");
        }
    }

    private static String looksLike(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return " (it is a ZIP archive, perhaps a Word .docx file)";
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html")) {
            return " (it is an HTML page)";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf) {
            return " (it is an old Word/Excel document)";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
            return " (it is a JPEG image)";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return " (it is a PNG image)";
        }
        return "";
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
