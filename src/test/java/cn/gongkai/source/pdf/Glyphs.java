package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.List;

/** Test helper: glyphs of a text set at a position, one character each. */
final class Glyphs {
    private Glyphs() {
    }

    /** The characters of text left to right from x, each {@code pitch} wide, on one baseline. */
    static List<Glyph> at(String text, double x, double baseline, double size, double pitch) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(String.valueOf(text.charAt(i)), x + i * pitch, baseline, size * 0.95, size));
        }
        return out;
    }

    static List<Glyph> at(String text, double x, double baseline) {
        return at(text, x, baseline, 10, 10);
    }
}
