package cn.gongkai.render;

import cn.gongkai.search.HtmlTextStream;

import java.nio.charset.StandardCharsets;

/**
 * A fixed piece of markup, kept both as UTF-8 bytes (copied as they are into a page's bytes, see
 * {@link PageBuffer}) and in two-byte characters, the form a page buffer holding Chinese text has. Appending a
 * Latin-1 string (all ASCII markup is one) to such a buffer widens it character by character, a loop the C1
 * compiler the build runs under does not turn into an array copy; appending this is one array copy (about four
 * times faster for the tags a page repeats hundreds of times). Immutable once made; safe to share between threads.
 */
final class Markup {
    /** The text in two-byte characters; null for markup taken from a buffer that keeps no text. */
    private final StringBuilder chars;
    /** The UTF-8 bytes; null for markup taken from a buffer that keeps no bytes. Never changed. */
    private final byte[] utf8;
    /** The markup as the search text reader takes it, made when a searched page first appends it. */
    private HtmlTextStream.Piece piece;

    private Markup(String text, byte[] utf8) {
        if (text != null) {
            StringBuilder sb = new StringBuilder(Math.max(1, text.length()));
            sb.append('\u4e00'); // makes the builder two-byte; it stays so after setLength
            sb.setLength(0);
            sb.append(text);
            this.chars = sb;
        } else {
            this.chars = null;
        }
        this.utf8 = utf8;
    }

    static Markup of(String text) {
        return new Markup(text, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Markup already split into its text and bytes (either may be null: see {@link PageBuffer#since}). */
    static Markup of(String text, byte[] utf8) {
        return new Markup(text, utf8);
    }

    /** Appends the markup to {@code pb} (its text: one array copy once the text holds two-byte characters). */
    PageBuffer appendTo(PageBuffer pb) {
        return pb.append(this);
    }

    void appendText(StringBuilder sb) {
        sb.append(chars);
    }

    /** This markup for a page's {@link HtmlTextStream} (made once; a race makes it twice, either is the same). */
    HtmlTextStream.Piece piece() {
        HtmlTextStream.Piece p = piece;
        if (p == null) {
            p = new HtmlTextStream.Piece(toString());
            piece = p;
        }
        return p;
    }

    byte[] utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        return chars != null ? chars.toString() : new String(utf8, StandardCharsets.UTF_8);
    }
}
