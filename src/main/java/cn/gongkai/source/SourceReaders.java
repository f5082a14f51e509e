package cn.gongkai.source;

import cn.gongkai.source.html.HtmlReader;
import cn.gongkai.source.pdf.PdfReader;
import cn.gongkai.source.text.TextReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the format reader by file extension: .pdf, .html/.htm, .txt/.md. */
public final class SourceReaders {
    private final TextReader text = new TextReader();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();

    /** True for the extensions a reader exists for. */
    public static boolean isSource(Path file) {
        return kindOf(file) != null;
    }

    /** {@code pdf}, {@code html} or {@code text} by extension, or null. */
    public static String kindOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "pdf";
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "html";
        }
        if (n.endsWith(".txt") || n.endsWith(".md")) {
            return "text";
        }
        return null;
    }

    public SourceText read(Path file) throws SourceReadException {
        if (!Files.isRegularFile(file)) {
            throw new SourceReadException(file + ": no such file");
        }
        String kind = kindOf(file);
        if (kind == null) {
            throw new SourceReadException(file + ": not a report source this program reads "
                    + "(give a .pdf, .html/.htm, .txt or .md file)");
        }
        return switch (kind) {
            case "pdf" -> readPdf(file);
            case "html" -> html.read(file);
            default -> text.read(file);
        };
    }

    private SourceText readPdf(Path file) throws SourceReadException {
        try {
            return pdf.read(file);
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SourceReadException(m.contains(file.getFileName().toString()) ? m : file + ": " + m, e);
        }
    }
}
