package cn.gongkai.source.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every glyph PDFTextStripper reads, with its position, page by page. One instance per document.
 *
 * <p>Sorting by position is switched off on purpose: the page layout is rebuilt from the positions by
 * {@link PageLayout}, so PDFTextStripper's own ordering is not needed, and its position sort can fail on
 * pages that mix text sizes ("Comparison method violates its general contract"). Duplicate glyphs drawn
 * twice for a bold effect (common in WPS output) are still suppressed by the stripper.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<List<Glyph>> pages = new ArrayList<>();

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of each page of the document, page 1 first. */
    List<List<Glyph>> collect(PDDocument document) throws IOException {
        pages.clear();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        writeText(document, Writer.nullWriter());
        return pages;
    }

    /**
     * Takes the page's glyphs as the stripper kept them (duplicates already suppressed) and skips its own
     * word and line building, which the page layout does not use.
     */
    @Override
    protected void writePage() {
        List<Glyph> page = pages.get(getCurrentPageNo() - 1);
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition p : article) {
                add(page, p);
            }
        }
    }

    private static void add(List<Glyph> page, TextPosition p) {
        String unicode = p.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        double size = p.getFontSizeInPt();
        if (size < 1) {
            size = p.getHeightDir() > 0 ? p.getHeightDir() / 0.7 : 10;
        }
        page.add(new Glyph(unicode, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size));
    }
}
