package cn.gongkai.source.pdf;

import java.util.List;

/**
 * What the text layer of a document is worth: glyph counts, and whether the text is garbled because its
 * fonts carry no Unicode mapping (the glyphs then come out as private-use characters or U+FFFD, and even the
 * digits cannot be trusted).
 */
record TextLayer(int glyphs, int unmapped) {

    /** More than this share of unmapped glyphs means the text cannot be read. */
    private static final double GARBLED_SHARE = 0.2;

    static TextLayer of(List<List<Glyph>> pages) {
        int glyphs = 0;
        int unmapped = 0;
        for (List<Glyph> page : pages) {
            for (Glyph g : page) {
                if (g.isSpace()) {
                    continue;
                }
                glyphs++;
                int c = g.text().codePointAt(0);
                if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || c < 0x20) {
                    unmapped++;
                }
            }
        }
        return new TextLayer(glyphs, unmapped);
    }

    boolean isEmpty() {
        return glyphs == 0;
    }

    boolean isGarbled() {
        return glyphs > 0 && unmapped > GARBLED_SHARE * glyphs;
    }
}
