package cn.gongkai.source.pdf;

import cn.gongkai.source.SourceLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page turned with /Rotate: its borders are not in the glyphs' coordinates, so only glyph positions count. */
class TurnedPageTest {
    @Test
    void readsTheTextOfATurnedPageWithoutItsBorders(@TempDir Path dir) throws Exception {
        Path turned = dir.resolve("turned.pdf");
        try (PDDocument doc = Loader.loadPDF(Path.of("src/test/resources/source/pdf/template/hujizhen-2024.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(90);
            }
            doc.save(turned.toFile());
        }
        List<SourceLine> lines = new PdfReader().read(turned).lines();
        assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("一、总体情况")), "prose is read");
        // Rows rebuilt from glyph positions alone hold the same cells as the ruled table.
        List<String> rules = lines.stream().map(SourceLine::text).filter(t -> t.startsWith("规章")).toList();
        assertEquals(1, rules.size());
        String ruled = new PdfReader().read(Path.of("src/test/resources/source/pdf/template/hujizhen-2024.pdf"))
                .lines().stream().map(SourceLine::text).filter(t -> t.startsWith("规章")).findFirst().orElseThrow();
        assertTrue(rules.get(0).equals(ruled) || !rules.get(0).contains("|"),
                "either the same row or plain text, never other cells: " + rules.get(0) + " vs " + ruled);
    }
}
