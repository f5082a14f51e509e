package cn.gongkai.search;

import static cn.gongkai.search.HtmlText.OTHER;
import static cn.gongkai.search.HtmlText.SCRIPT;
import static cn.gongkai.search.HtmlText.STYLE;
import static cn.gongkai.search.HtmlText.TITLE;

import java.util.Arrays;

/**
 * {@link HtmlText}, read while a page is written: the page writer hands over the page in the pieces it appends
 * (fixed markup, HTML, an escaped value, a number) and this keeps the page's search text (title and text, exactly
 * what {@link HtmlText} extracts from the finished page), so the page is never parsed again. A value the writer
 * escapes is taken as it is, with no entity to decode, when it lands in text, and skipped in an attribute value;
 * fixed markup ({@link Piece}) remembers what it did from a given state (the text it added, the state it left), so
 * a form's skeleton is not read again for every report.
 *
 * <p>It mirrors HtmlText's rules one character at a time: text outside tags, comments, declarations; text inside
 * {@code script/style/nav/header/footer} skipped, counted the same way; the first {@code <title>}; references decoded
 * as {@link HtmlText#decode} does; whitespace dropped; one {@link SearchText#BOUNDARY} between two stretches of text
 * that a boundary tag ({@link HtmlText#bounds}) stands between. Where a page holds something whose reading would need a
 * look further ahead than it keeps (a {@code script} or {@code style} body, a {@code <} inside a reference, a page
 * that ends inside markup) it gives up: {@link #exact()} is then false and the page is read by HtmlText. Used by one
 * thread at a time; {@link #reset} for each page.
 */
public final class HtmlTextStream {
    private static final int TEXT = 0;
    /** After a {@code <} in text: the next character decides whether it opens markup. */
    private static final int LT = 1;
    private static final int LT_SLASH = 2;
    private static final int START_NAME = 3;
    private static final int START_TAG = 4;
    private static final int QUOTE = 5;
    private static final int END_NAME = 6;
    private static final int END_TAG = 7;
    /** After {@code <!}, after {@code <!-}. */
    private static final int BANG = 8;
    private static final int BANG_DASH = 9;
    private static final int COMMENT = 10;
    private static final int DECL = 11;
    /** After a {@code &} in text: the characters up to a {@code ;} may be a reference. */
    private static final int ENTITY = 12;

    private int mode;
    private boolean singleQuote;
    /** In a start tag: whether the last character read was {@code /} (a {@code >} after it closes the element). */
    private boolean slash;
    /** The tag name read so far: its length (7 for 7 or more) and its first six characters, 5 bits each. */
    private int nameLength;
    private long name;
    private int tag;
    /** In a comment: how many {@code -} were just read (at most 2). */
    private int dashes;
    private int skip;
    /** A boundary tag read since the last text, the text not empty: the next text begins with a boundary. */
    private boolean pending;
    private boolean titleOpen;
    private String titleText;
    /** Title start and end tags read: a piece that has one is not remembered. */
    private int titleEvents;
    private boolean exact = true;
    private final char[] entity = new char[32];
    private int entityLength;

    private char[] text = new char[4096];
    private int length;
    private char[] title = new char[64];
    private int titleLength;
    private char[] scratch = new char[256];

    /** Starts a new page. */
    public void reset() {
        mode = TEXT;
        singleQuote = false;
        slash = false;
        nameLength = 0;
        name = 0;
        tag = OTHER;
        dashes = 0;
        skip = 0;
        pending = false;
        titleOpen = false;
        titleText = null;
        titleEvents = 0;
        exact = true;
        entityLength = 0;
        length = 0;
        titleLength = 0;
    }

    /** Markup, or text as it stands in the HTML (references not decoded), as appended to the page. */
    public void html(String s) {
        if (!exact) {
            return;
        }
        feed(chars(s), 0, s.length());
    }

    /** As {@link #html(String)}, of {@code s[0, n)} (the array is not kept). */
    public void html(char[] s, int n) {
        if (exact) {
            feed(s, 0, n);
        }
    }

    /** As {@link #text(String)}, of {@code s[0, n)} (the array is not kept). */
    public void text(char[] s, int n) {
        if (!exact || n == 0) {
            return;
        }
        switch (mode) {
            case TEXT -> {
                if (skip == 0 || titleOpen) {
                    plain(s, 0, n);
                }
            }
            case QUOTE -> {
            }
            case START_TAG -> slash = s[n - 1] == '/';
            default -> html(escape(new String(s, 0, n)));
        }
    }

    /** One character of markup or text, as appended to the page. */
    public void html(char c) {
        if (exact) {
            step(c);
        }
    }

    /**
     * A value the page escapes ({@code < > & " '} as {@code &lt; &gt; &amp; &quot; &#39;}), given unescaped: in text
     * it is the text as read; in an attribute value it changes nothing (it has no quote).
     */
    public void text(String s) {
        if (!exact || s.isEmpty()) {
            return;
        }
        text(chars(s), s.length());
    }

    /** {@code s}'s characters, at the start of the scratch array (valid until the next call). */
    private char[] chars(String s) {
        int n = s.length();
        if (n > scratch.length) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        s.getChars(0, n, scratch, 0);
        return scratch;
    }

    /** A number written as plain digits. */
    public void number(long v) {
        if (!exact) {
            return;
        }
        switch (mode) {
            case TEXT -> {
                if (skip == 0 || titleOpen) {
                    String s = Long.toString(v);
                    for (int i = 0; i < s.length(); i++) {
                        emit(s.charAt(i));
                    }
                }
            }
            case QUOTE -> {
            }
            case START_TAG -> slash = false;
            default -> html(Long.toString(v));
        }
    }

    /** Fixed markup (see {@link Piece}). */
    public void html(Piece p) {
        if (!exact) {
            return;
        }
        long from = state();
        if (from < 0) {
            feed(p.chars, 0, p.chars.length);
            return;
        }
        int slot = (int) (from ^ from >>> 17 ^ from >>> 37) & (Piece.SLOTS - 1);
        Transition t = p.seen[slot];
        if (t != null && t.from == from) {
            if (t.to < 0) {
                feed(p.chars, 0, p.chars.length);
            } else {
                if (t.text.length > 0) {
                    appendRaw(t.text, 0, t.text.length);
                }
                appendTitle(t.title, 0, t.title.length);
                setState(t.to);
            }
            return;
        }
        int textFrom = length;
        int titleFrom = titleLength;
        int events = titleEvents;
        feed(p.chars, 0, p.chars.length);
        long to = exact && titleEvents == events ? state() : -1;
        p.seen[slot] = new Transition(from, to, Arrays.copyOfRange(text, textFrom, length),
                Arrays.copyOfRange(title, titleFrom, titleLength));
    }

    /** Ends the page; false (see {@link #exact}) when the page ends inside markup or a reference. */
    public boolean finish() {
        if (mode != TEXT) {
            exact = false;
        }
        if (titleOpen && titleText == null) {
            titleText = HtmlText.collapse(new String(title, 0, titleLength));
            titleOpen = false;
        }
        return exact;
    }

    /** True when the text kept is exactly what {@link HtmlText} reads from the page. */
    public boolean exact() {
        return exact;
    }

    /** The page's title (after {@link #finish}), as {@link HtmlText} returns it. */
    public String title() {
        return titleText == null ? "" : titleText;
    }

    /** A copy of the page's text so far. */
    public char[] text() {
        return Arrays.copyOf(text, length);
    }

    /**
     * A fixed piece of markup appended to many pages. It remembers, for the last few states it was read from, the
     * state it left and the text it added; shared by threads (what it remembers is immutable, a lost race only
     * reads it again).
     */
    public static final class Piece {
        private static final int SLOTS = 4;
        private final char[] chars;
        private final Transition[] seen = new Transition[SLOTS];

        public Piece(String html) {
            this.chars = html.toCharArray();
        }
    }

    /** What a piece did from state {@code from}: the state it left ({@code -1}: not remembered) and the text added. */
    private static final class Transition {
        final long from;
        final long to;
        final char[] text;
        final char[] title;

        Transition(long from, long to, char[] text, char[] title) {
            this.from = from;
            this.to = to;
            this.text = text;
            this.title = title;
        }
    }

    /**
     * The reading state in one number, or -1 when it cannot be (inside a reference, or very deep skipping). Whether
     * the text is empty is part of it (a boundary tag read from there leaves a boundary pending or not).
     */
    private long state() {
        if (mode == ENTITY || skip > 0x3FFF) {
            return -1;
        }
        return mode | (singleQuote ? 1L : 0) << 4 | (slash ? 1L : 0) << 5 | (titleOpen ? 1L : 0) << 6
                | (titleText != null ? 1L : 0) << 7 | (long) dashes << 8 | (long) nameLength << 10 | (long) tag << 13
                | name << 16 | (long) skip << 46 | (pending ? 1L : 0) << 60 | (length > 0 ? 1L : 0) << 61;
    }

    private void setState(long s) {
        mode = (int) (s & 15);
        singleQuote = (s >>> 4 & 1) != 0;
        slash = (s >>> 5 & 1) != 0;
        titleOpen = (s >>> 6 & 1) != 0;
        dashes = (int) (s >>> 8 & 3);
        nameLength = (int) (s >>> 10 & 7);
        tag = (int) (s >>> 13 & 7);
        name = s >>> 16 & ((1L << 30) - 1);
        skip = (int) (s >>> 46 & 0x3FFF);
        pending = (s >>> 60 & 1) != 0;
    }

    /** Reads {@code s[from, to)}: text in runs, anything else a character at a time. */
    private void feed(char[] s, int from, int to) {
        int i = from;
        while (i < to && exact) {
            if (mode != TEXT) {
                step(s[i++]);
                continue;
            }
            int start = i;
            while (i < to) {
                char c = s[i];
                if (c == '<' || c == '&') {
                    break;
                }
                i++;
            }
            if (i > start) {
                plain(s, start, i);
            }
            if (i < to) {
                step(s[i++]);
            }
        }
    }

    /** Text read as it is: to the page's text without whitespace (unless skipped), and to an open title. */
    private void plain(char[] s, int from, int to) {
        if (skip == 0) {
            int start = from;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if ((c > 0x20 && c < 0x85) || c > 0x3000 || !SearchText.isSpace(c)) {
                    continue;
                }
                appendText(s, start, i - start);
                start = i + 1;
            }
            appendText(s, start, to - start);
        }
        if (titleOpen) {
            appendTitle(s, from, to - from);
        }
    }

    private void emit(char c) {
        if (skip == 0 && ((c > 0x20 && c < 0x85) || c > 0x3000 || !SearchText.isSpace(c))) {
            if (length + 2 > text.length) {
                text = Arrays.copyOf(text, length * 2 + 2);
            }
            if (pending) {
                text[length++] = SearchText.BOUNDARY;
                pending = false;
            }
            text[length++] = c;
        }
        if (titleOpen) {
            if (titleLength == title.length) {
                title = Arrays.copyOf(title, titleLength * 2);
            }
            title[titleLength++] = c;
        }
    }

    /** Text (no whitespace), after the boundary pending if any. */
    private void appendText(char[] s, int from, int len) {
        if (len == 0) {
            return;
        }
        if (pending) {
            pending = false;
            appendRaw(BOUNDARY_TEXT, 0, 1);
        }
        appendRaw(s, from, len);
    }

    private static final char[] BOUNDARY_TEXT = {SearchText.BOUNDARY};

    private void appendRaw(char[] s, int from, int len) {
        if (length + len > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + len));
        }
        System.arraycopy(s, from, text, length, len);
        length += len;
    }

    private void appendTitle(char[] s, int from, int len) {
        if (len == 0) {
            return;
        }
        if (titleLength + len > title.length) {
            title = Arrays.copyOf(title, Math.max(title.length * 2, titleLength + len));
        }
        System.arraycopy(s, from, title, titleLength, len);
        titleLength += len;
    }

    /** Reads one character. */
    private void step(char c) {
        switch (mode) {
            case TEXT -> {
                if (c == '<') {
                    mode = LT;
                } else if (c == '&') {
                    mode = ENTITY;
                    entityLength = 0;
                } else {
                    emit(c);
                }
            }
            case LT -> {
                if (isAsciiLetter(c)) {
                    startName(START_NAME, c);
                } else if (c == '!') {
                    mode = BANG;
                } else if (c == '?') {
                    mode = DECL;
                } else if (c == '/') {
                    mode = LT_SLASH;
                } else {
                    // a '<' that opens nothing is text
                    mode = TEXT;
                    emit('<');
                    step(c);
                }
            }
            case LT_SLASH -> {
                if (isAsciiLetter(c)) {
                    startName(END_NAME, c);
                } else {
                    mode = TEXT;
                    emit('<');
                    emit('/');
                    step(c);
                }
            }
            case START_NAME -> {
                if (endsName(c)) {
                    tag = tag();
                    clearName();
                    mode = START_TAG;
                    slash = false;
                    startTag(c);
                } else {
                    addName(c);
                }
            }
            case START_TAG -> startTag(c);
            case QUOTE -> {
                if (c == (singleQuote ? '\'' : '"')) {
                    mode = START_TAG;
                    singleQuote = false;
                    slash = false;
                }
            }
            case END_NAME -> {
                if (endsName(c)) {
                    tag = tag();
                    clearName();
                    mode = END_TAG;
                    endTag(c);
                } else {
                    addName(c);
                }
            }
            case END_TAG -> endTag(c);
            case BANG -> mode = c == '-' ? BANG_DASH : c == '>' ? TEXT : DECL;
            case BANG_DASH -> {
                if (c == '-') {
                    mode = COMMENT;
                    dashes = 0;
                } else {
                    mode = c == '>' ? TEXT : DECL;
                }
            }
            case COMMENT -> {
                if (c == '-') {
                    dashes = Math.min(2, dashes + 1);
                } else if (c == '>' && dashes == 2) {
                    mode = TEXT;
                    dashes = 0;
                } else {
                    dashes = 0;
                }
            }
            case DECL -> {
                if (c == '>') {
                    mode = TEXT;
                }
            }
            case ENTITY -> entity(c);
            default -> throw new IllegalStateException("mode " + mode);
        }
    }

    private void startTag(char c) {
        if (c == '>') {
            mode = TEXT;
            boolean selfClosing = slash;
            slash = false;
            if (tag >= SCRIPT && !selfClosing) {
                skip++;
            }
            if (tag == TITLE && titleText == null && !selfClosing) {
                titleOpen = true;
                titleLength = 0;
                titleEvents++;
            }
            if ((tag == SCRIPT || tag == STYLE) && !selfClosing) {
                exact = false; // raw text up to its end tag: left to HtmlText
            }
            pending |= HtmlText.bounds(tag) && length > 0;
            tag = OTHER;
        } else if (c == '"' || c == '\'') {
            mode = QUOTE;
            singleQuote = c == '\'';
        } else {
            slash = c == '/';
        }
    }

    private void endTag(char c) {
        if (c != '>') {
            return;
        }
        mode = TEXT;
        if (tag >= SCRIPT && skip > 0) {
            skip--;
        }
        if (tag == TITLE && titleOpen) {
            titleText = HtmlText.collapse(new String(title, 0, titleLength));
            titleOpen = false;
            titleEvents++;
        }
        pending |= HtmlText.bounds(tag) && length > 0;
        tag = OTHER;
    }

    /** After {@code &} in text, as {@link HtmlText#decode}: the first {@code ;} within 32 characters ends a reference. */
    private void entity(char c) {
        int at = entityLength + 1; // c's distance from the '&'
        if (c == ';') {
            if (at >= 2) {
                String replacement = HtmlText.reference(new String(entity, 0, entityLength));
                if (replacement != null) {
                    mode = TEXT;
                    for (int i = 0; i < replacement.length(); i++) {
                        emit(replacement.charAt(i));
                    }
                    return;
                }
            }
            literalAmpersand(c);
        } else if (c == '<') {
            exact = false; // whether this '<' ends the text (and so the reference) depends on what follows it
        } else if (at >= 32) {
            literalAmpersand(c);
        } else {
            entity[entityLength++] = c;
        }
    }

    /** The {@code &} was no reference: it is text, and what followed it is read again. */
    private void literalAmpersand(char c) {
        char[] after = Arrays.copyOf(entity, entityLength);
        mode = TEXT;
        emit('&');
        for (char a : after) {
            step(a);
        }
        step(c);
    }

    private void startName(int nameMode, char first) {
        mode = nameMode;
        nameLength = 0;
        name = 0;
        addName(first);
    }

    /**
     * Forgets the name once its tag is known, as the tag once it has acted and the quote once it is closed, so that
     * the state a piece of markup is appended in is the same whatever tag came before (see {@link Piece}).
     */
    private void clearName() {
        name = 0;
        nameLength = 0;
    }

    private void addName(char c) {
        if (nameLength < 6) {
            name |= (long) HtmlText.letter(c) << (5 * nameLength);
        }
        if (nameLength < 7) {
            nameLength++;
        }
    }

    /** As HtmlText's name end: {@code >}, {@code /} or whitespace. */
    private static boolean endsName(char c) {
        return c > 0x20 && c < 0x85 ? c == '>' || c == '/' : SearchText.isSpace(c);
    }

    private int tag() {
        return HtmlText.tag(name, nameLength);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code s} as the page writer escapes it. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
