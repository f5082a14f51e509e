package cn.gongkai.render;

import cn.gongkai.search.HtmlTextStream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the page writers in Java append a page: its text (for the pages the search index reads, and the strings
 * templates get) or its UTF-8 bytes (every other page; both only in tests). Kept as bytes, a page's fixed markup
 * ({@link Markup}: tags, table skeletons, row labels) is copied already encoded and only the values in between are
 * encoded: turning a whole page's text into UTF-8 at the end is a loop over every character, under the C1-only JVM
 * the largest single cost of writing pages, and a page kept as bytes has no text to make into a string either.
 *
 * <p>{@code append} mirrors {@link StringBuilder#append}: the bytes are always exactly the UTF-8 of the text. A
 * lone surrogate cannot be appended as a {@code char} (strings may hold pairs). Used by one thread at a time; a
 * build keeps one per rendering thread and {@link #reset resets} it for each page.
 */
final class PageBuffer {
    private final StringBuilder text;
    private boolean keepText;
    private byte[] utf8;
    private boolean keepBytes;
    private int size;
    /** Reads the page's search text as it is appended (a searched page kept as bytes), or null. */
    private HtmlTextStream search;
    private boolean searched;

    private PageBuffer(int capacity, boolean keepText, boolean keepBytes) {
        this.text = new StringBuilder(keepText ? capacity : 16);
        this.keepText = keepText;
        this.keepBytes = keepBytes;
        this.utf8 = new byte[keepBytes ? capacity * 2 : 16];
    }

    /** A buffer keeping the text only (for a value a template gets as a string). */
    static PageBuffer text(int capacity) {
        return new PageBuffer(capacity, true, false);
    }

    /** A buffer for whole pages, to be {@link #reset} for each; until then it keeps both text and bytes (tests). */
    static PageBuffer page(int capacity) {
        return new PageBuffer(capacity, true, true);
    }

    /**
     * Empties the buffer for the next page; it keeps the text when {@code withText}, else the bytes. (Keeping both
     * cost as much as encoding the text at the end: every value is then copied twice and encoded once more.)
     */
    PageBuffer reset(boolean withText) {
        text.setLength(0);
        size = 0;
        keepText = withText;
        keepBytes = !withText;
        searched = false;
        return this;
    }

    /**
     * Empties the buffer for a page the search index reads: it keeps the bytes, and the page's search text read as
     * it is appended (see {@link #searchedPage}), so the page is neither kept as text nor parsed again.
     */
    PageBuffer resetSearched() {
        reset(false);
        if (search == null) {
            search = new HtmlTextStream();
        }
        search.reset();
        searched = true;
        return this;
    }

    /**
     * The page appended since {@link #resetSearched}: its bytes with its search title and text; or, when the page
     * holds something the text reader leaves to {@code HtmlText}, its bytes and its text.
     */
    RenderedPage searchedPage() {
        byte[] b = bytes();
        if (search.finish()) {
            return new RenderedPage(null, b, search.title(), search.text());
        }
        return new RenderedPage(new String(b, StandardCharsets.UTF_8), b);
    }

    /** Empties the buffer, keeping what it kept. */
    void clear() {
        text.setLength(0);
        size = 0;
    }

    PageBuffer append(String s) {
        if (s == null) {
            s = "null";
        }
        if (searched) {
            // the characters taken out of the string once, for the text reader and the encoding
            int n = s.length();
            char[] c = charsOf(s, n);
            search.html(c, n);
            if (!putChars(c, n, false)) {
                put(s.getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }
        if (keepText) {
            text.append(s);
        }
        if (keepBytes && !s.isEmpty()) {
            if (s.length() > SHORT || !putShort(s, false)) {
                put(s.getBytes(StandardCharsets.UTF_8));
            }
        }
        return this;
    }

    /**
     * Strings up to this length are encoded here, one pass and no array made (the tags' attribute values, labels,
     * numbers); longer ones by {@link String#getBytes}, whose loop is faster per character.
     */
    private static final int SHORT = 32;

    /**
     * Encodes a short {@code s} into the bytes, escaped for HTML when {@code escape}; false (nothing appended) when
     * it holds a surrogate, left to {@link String#getBytes}. Sets {@link #escaped} when something was escaped.
     */
    private boolean putShort(String s, boolean escape) {
        int n = s.length();
        return putChars(charsOf(s, n), n, escape);
    }

    /** A string's characters, to be encoded (see {@link #charsOf}). */
    private char[] chars = new char[256];

    /** {@code s}'s {@code n} characters in {@link #chars}. */
    private char[] charsOf(String s, int n) {
        if (n > chars.length) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        return chars;
    }

    /**
     * Encodes {@code c[0, n)} into the bytes, escaped for HTML when {@code escape}; false (nothing appended) when it
     * holds a surrogate, left to {@link String#getBytes}. Sets {@link #escaped} when something was escaped.
     */
    private boolean putChars(char[] c, int n, boolean escape) {
        room(n * 6);
        byte[] b = utf8;
        int at = size;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (escape && ch <= '>' && ch >= '"') {
                    byte[] rep = entity(ch);
                    if (rep != null) {
                        System.arraycopy(rep, 0, b, at, rep.length);
                        at += rep.length;
                        any = true;
                        continue;
                    }
                }
                b[at++] = (byte) ch;
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xc0 | ch >> 6);
                b[at++] = (byte) (0x80 | ch & 0x3f);
            } else if (!Character.isSurrogate(ch)) {
                b[at++] = (byte) (0xe0 | ch >> 12);
                b[at++] = (byte) (0x80 | ch >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | ch & 0x3f);
            } else {
                return false;
            }
        }
        size = at;
        escaped = any;
        return true;
    }

    /** Set by {@link #putChars}: whether the string had a character to escape. */
    private boolean escaped;

    /** The entity of an HTML-special character, or null for any other. */
    private static byte[] entity(int c) {
        return switch (c) {
            case '<' -> LT;
            case '>' -> GT;
            case '&' -> AMP;
            case '"' -> QUOT;
            case '\'' -> APOS;
            default -> null;
        };
    }

    /**
     * Appends {@code s} escaped for HTML as {@link Html#escape(StringBuilder, String)} does; null appends nothing.
     * The bytes are encoded once and scanned for the characters to escape (in UTF-8 they never occur inside the
     * encoding of another character), instead of scanning the text and then encoding it.
     */
    PageBuffer appendEscaped(String s) {
        if (s == null || s.isEmpty()) {
            return this;
        }
        if (searched) {
            int n = s.length();
            char[] c = charsOf(s, n);
            search.text(c, n);
            if (putChars(c, n, true)) {
                return this;
            }
            // a surrogate: encoded below
        }
        if (!keepBytes) {
            Html.escape(text, s);
            return this;
        }
        if (s.length() <= SHORT && putShort(s, true)) {
            if (keepText) {
                if (escaped) {
                    Html.escape(text, s);
                } else {
                    text.append(s);
                }
            }
            return this;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c > '>' || c < '"') {
                continue; // every byte to escape is one of " & ' < >; the bytes of other characters are negative
            }
            byte[] rep = entity(c);
            if (rep != null) {
                if (from == 0 && keepText) {
                    Html.escape(text, s);
                }
                room(i - from + rep.length);
                System.arraycopy(b, from, utf8, size, i - from);
                size += i - from;
                System.arraycopy(rep, 0, utf8, size, rep.length);
                size += rep.length;
                from = i + 1;
            }
        }
        if (from == 0) {
            if (keepText) {
                text.append(s);
            }
            put(b);
        } else {
            room(b.length - from);
            System.arraycopy(b, from, utf8, size, b.length - from);
            size += b.length - from;
        }
        return this;
    }

    private static final byte[] LT = {'&', 'l', 't', ';'};
    private static final byte[] GT = {'&', 'g', 't', ';'};
    private static final byte[] AMP = {'&', 'a', 'm', 'p', ';'};
    private static final byte[] QUOT = {'&', 'q', 'u', 'o', 't', ';'};
    private static final byte[] APOS = {'&', '#', '3', '9', ';'};

    PageBuffer append(Object o) {
        return append(String.valueOf(o));
    }

    PageBuffer append(char c) {
        if (searched) {
            search.html(c);
        }
        if (keepText) {
            text.append(c);
        }
        if (keepBytes) {
            if (c < 0x80) {
                room(1);
                utf8[size++] = (byte) c;
            } else if (c < 0x800) {
                room(2);
                utf8[size++] = (byte) (0xc0 | c >> 6);
                utf8[size++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                room(3);
                utf8[size++] = (byte) (0xe0 | c >> 12);
                utf8[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                utf8[size++] = (byte) (0x80 | c & 0x3f);
            } else {
                throw new IllegalArgumentException("a surrogate is appended with its pair, as a string");
            }
        }
        return this;
    }

    PageBuffer append(int v) {
        return append((long) v);
    }

    PageBuffer append(long v) {
        if (searched) {
            search.number(v);
        }
        if (keepText) {
            text.append(v);
        }
        if (keepBytes) {
            if (v >= 0 && v < 10) {
                room(1);
                utf8[size++] = (byte) ('0' + v);
            } else if (v > Long.MIN_VALUE) {
                room(20);
                if (v < 0) {
                    utf8[size++] = '-';
                    v = -v;
                }
                int digits = 1;
                for (long t = v / 10; t > 0; t /= 10) {
                    digits++;
                }
                for (int i = size + digits - 1; i >= size; i--) {
                    utf8[i] = (byte) ('0' + v % 10);
                    v /= 10;
                }
                size += digits;
            } else {
                put(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return this;
    }

    /** Appends fixed markup: its text and its bytes, both made once. */
    PageBuffer append(Markup m) {
        if (searched) {
            search.html(m.piece());
        }
        if (keepText) {
            m.appendText(text);
        }
        if (keepBytes) {
            put(m.utf8());
        }
        return this;
    }

    /** Where the buffer stands, to take what is appended after it as {@link #since markup}. */
    long mark() {
        return (long) text.length() << 32 | size;
    }

    /** What was appended since {@code mark}, as markup that appends the same to a buffer keeping the same. */
    Markup since(long mark) {
        int textFrom = (int) (mark >>> 32);
        int bytesFrom = (int) mark;
        return Markup.of(keepText ? text.substring(textFrom) : null,
                keepBytes ? Arrays.copyOfRange(utf8, bytesFrom, size) : null);
    }

    private void put(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, utf8, size, b.length);
        size += b.length;
    }

    private void room(int more) {
        if (size + more > utf8.length) {
            utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, size + more));
        }
    }

    /** The text appended so far (only when it keeps the text). */
    String text() {
        if (!keepText) {
            throw new IllegalStateException("this buffer keeps no text");
        }
        return text.toString();
    }

    /** The UTF-8 bytes appended so far, as a new array (only when it keeps the bytes). */
    byte[] bytes() {
        if (!keepBytes) {
            throw new IllegalStateException("this buffer keeps no bytes");
        }
        return Arrays.copyOf(utf8, size);
    }
}
