package cn.gongkai.source.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A text layer whose fonts have no Unicode mapping is refused rather than read as garbage. */
class TextLayerTest {
    @Test
    void findsTextWithoutUnicodeMappingGarbled() {
        List<Glyph> page = new ArrayList<>(Glyphs.at("\uE001\uE002\uE003\uE004", 50, 100));
        page.addAll(Glyphs.at("2024", 100, 100));
        assertTrue(TextLayer.of(List.of(page)).isGarbled());
    }

    @Test
    void acceptsOrdinaryTextWithAFewOddCharacters() {
        List<Glyph> page = new ArrayList<>(Glyphs.at("淮安市人民政府2024年政府信息公开工作年度报告", 50, 100));
        page.addAll(Glyphs.at("\uE001", 50, 120));
        assertFalse(TextLayer.of(List.of(page)).isGarbled());
        assertFalse(TextLayer.of(List.of(page)).isEmpty());
    }

    @Test
    void findsAPageOfSpacesEmpty() {
        assertTrue(TextLayer.of(List.of(Glyphs.at("   ", 50, 100))).isEmpty());
    }
}
