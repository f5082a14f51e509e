package cn.gongkai.render;

/**
 * A fixed piece of markup kept in two-byte characters, the form a page buffer holding Chinese text has. Appending
 * a Latin-1 string (all ASCII markup is one) to such a buffer widens it character by character, a loop the C1
 * compiler the build runs under does not turn into an array copy; appending this is one array copy (about four
 * times faster for the tags a page repeats hundreds of times). Immutable once made; safe to share between threads.
 */
final class Markup {
    private final StringBuilder chars;

    private Markup(String text) {
        StringBuilder sb = new StringBuilder(Math.max(1, text.length()));
        sb.append('\u4e00'); // makes the builder two-byte; it stays so after setLength
        sb.setLength(0);
        sb.append(text);
        this.chars = sb;
    }

    static Markup of(String text) {
        return new Markup(text);
    }

    /** Appends the markup to {@code sb} (one array copy once {@code sb} holds two-byte characters). */
    StringBuilder appendTo(StringBuilder sb) {
        return sb.append(chars);
    }

    int length() {
        return chars.length();
    }

    @Override
    public String toString() {
        return chars.toString();
    }
}
