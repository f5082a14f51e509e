package cn.gongkai.source.pdf;

/**
 * One glyph on a page, in page coordinates with y growing downwards from the top of the page.
 *
 * @param text     the Unicode text of the glyph (usually one character)
 * @param x        left edge
 * @param baseline y of the baseline
 * @param width    advance width
 * @param size     font size in points, as drawn
 */
record Glyph(String text, double x, double baseline, double width, double size) {

    double right() {
        return x + width;
    }

    double centerX() {
        return x + width / 2;
    }

    /** The vertical middle of the glyph's body: a CJK glyph sits about a third of its size above the baseline. */
    double centerY() {
        return baseline - size * 0.35;
    }

    double top() {
        return baseline - size * 0.85;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
