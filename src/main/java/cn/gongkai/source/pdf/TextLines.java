package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into text lines and lines into text. */
final class TextLines {
    /** A gap wider than this share of the font size between two glyphs is a space. */
    private static final double SPACE_GAP = 0.28;

    private TextLines() {
    }

    /** The glyphs as lines, top to bottom, each line left to right. */
    static List<List<Glyph>> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        double lineCenter = 0;
        double lineSize = 0;
        for (Glyph g : sorted) {
            if (line != null && Math.abs(g.centerY() - lineCenter) <= 0.45 * Math.max(lineSize, g.size())) {
                line.add(g);
                continue;
            }
            line = new ArrayList<>();
            line.add(g);
            lines.add(line);
            lineCenter = g.centerY();
            lineSize = g.size();
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /** The text of one line: glyphs left to right, one space where a visible gap separates them. */
    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                sb.append(' ');
                previous = null;
                continue;
            }
            if (previous != null && g.x() - previous.right() > SPACE_GAP * Math.max(g.size(), previous.size())
                    && !(isCjk(previous.text()) && isCjk(g.text()))) {
                sb.append(' ');
            }
            sb.append(g.text());
            previous = g;
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    /**
     * The text of a table cell: its lines joined without a separator, because a Chinese label wrapped over
     * several lines (or set one character per line) reads as one word. Only two Latin letters meeting at a
     * line end get a space.
     */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : group(glyphs)) {
            String t = text(line);
            if (t.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isLatinLetter(sb.charAt(sb.length() - 1)) && isLatinLetter(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /**
     * True for Chinese characters and full-width punctuation: a gap between two of them is letter spacing
     * (WPS spreads a short label over its cell), never a word space.
     */
    private static boolean isCjk(String s) {
        int c = s.codePointAt(0);
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0x2010 && c <= 0x2027);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
