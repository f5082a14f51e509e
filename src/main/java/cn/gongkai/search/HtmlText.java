package cn.gongkai.search;

import java.util.Map;

/**
 * Extracts {@link PageText} from the HTML this project generates. It reads HTML the way Python's
 * {@code html.parser} does (the reference for "what a page says": /work/shared/tools/search_probe.py), so that
 * the index and a reader agree on every page: text outside tags is kept; comments, doctype and processing
 * instructions are not text; {@code script} and {@code style} bodies are raw text up to their end tag; text
 * inside {@code script/style/nav/header/footer} is skipped, counted the same way (every such start tag adds one,
 * every such end tag removes one while any are open). Not a general HTML parser: no tree, no error recovery
 * beyond treating a {@code <} that starts no tag as text.
 */
final class HtmlText {
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"), Map.entry("zwsp", "\u200B"),
            Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"), Map.entry("shy", "\u00AD"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
            Map.entry("middot", "\u00B7"), Map.entry("bull", "\u2022"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("minus", "\u2212"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"), Map.entry("uarr", "\u2191"),
            Map.entry("darr", "\u2193"), Map.entry("times", "\u00D7"), Map.entry("divide", "\u00F7"),
            Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"), Map.entry("yen", "\u00A5"),
            Map.entry("euro", "\u20AC"), Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"),
            Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"),
            Map.entry("hearts", "\u2665"), Map.entry("check", "\u2713"), Map.entry("cross", "\u2717"));

    private HtmlText() {
    }

    static PageText extract(String html) {
        TextBuffer text = new TextBuffer(html.length() / 3);
        String title = extract(html, text);
        return new PageText(title, text.toString());
    }

    /** As {@link #extract(String)}: the text appended to {@code text}, the title returned. */
    static String extract(String html, TextBuffer text) {
        // Scanned as a char array: String.charAt checks its index and coder on every call under C1.
        char[] h = html.toCharArray();
        TextBuffer title = null;
        String titleText = null;
        int skip = 0;
        int n = h.length;
        int i = 0;
        int pageStart = text.length();
        // a block boundary met since the last text (written as one space before the next text, if any)
        boolean pending = false;
        while (i < n) {
            if (!opensMarkup(h, i)) {
                boolean space = pending && skip == 0;
                if (space) {
                    text.append(SearchText.BOUNDARY);
                }
                int mark = text.length();
                i = text(h, i, skip, title, text);
                if (space) {
                    if (text.length() == mark) {
                        text.setLength(mark - 1);
                    } else {
                        pending = false;
                    }
                }
                continue;
            }
            char next = h[i + 1];
            if (next == '!' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?') {
                int end = indexOf(h, '>', i + 2);
                i = end < 0 ? n : end + 1;
            } else if (next == '/') {
                int nameEnd = nameEnd(h, i + 2);
                int tag = tag(h, i + 2, nameEnd);
                int end = indexOf(h, '>', nameEnd);
                i = end < 0 ? n : end + 1;
                if (tag >= SCRIPT && skip > 0) {
                    skip--;
                }
                if (tag == TITLE && title != null) {
                    titleText = collapse(title.toString());
                    title = null;
                }
                pending |= bounds(tag) && text.length() > pageStart;
            } else {
                int nameEnd = nameEnd(h, i + 1);
                int tag = tag(h, i + 1, nameEnd);
                int end = tagEnd(h, nameEnd);
                boolean selfClosing = end > 0 && h[end - 1] == '/';
                i = end < 0 ? n : end + 1;
                if (tag >= SCRIPT && !selfClosing) {
                    skip++;
                }
                if (tag == TITLE && titleText == null && !selfClosing) {
                    title = new TextBuffer(64);
                }
                pending |= bounds(tag) && text.length() > pageStart;
                if ((tag == SCRIPT || tag == STYLE) && !selfClosing) {
                    int close = indexOfIgnoreCase(html, tag == SCRIPT ? "</script" : "</style", i);
                    i = close < 0 ? n : close;
                }
            }
        }
        if (title != null && titleText == null) {
            titleText = collapse(title.toString());
        }
        return titleText == null ? "" : titleText;
    }

    /**
     * The text from {@code i} (not markup) up to the next {@code <} that opens markup: to {@code text} (unless
     * skipped) without whitespace, and to an open {@code title}. Returns where it ends.
     */
    private static int text(char[] h, int i, int skip, TextBuffer title, TextBuffer text) {
        if (skip == 0 && title == null) {
            // the common case, body text: scanned once (markup, spaces, references), not three times
            int end = appendText(h, i, text);
            if (end >= 0) {
                return end;
            }
        }
        int end = indexOf(h, '<', i + 1);
        // A '<' that opens no tag is text: run on to the next one that does.
        while (end >= 0 && !opensMarkup(h, end)) {
            end = indexOf(h, '<', end + 1);
        }
        if (end < 0) {
            end = h.length;
        }
        if (skip == 0) {
            decodeInto(h, i, end, text, true);
        }
        if (title != null) {
            decodeInto(h, i, end, title, false);
        }
        return end;
    }

    /** Tag codes (HtmlTextStream reads tags by the same codes). */
    static final int OTHER = 0;
    static final int TITLE = 1;
    /** An element that starts a new block, line or table cell (see {@link #BLOCKS}). */
    static final int BLOCK = 2;
    /** The skipped elements: every tag code from here on (nav, header and footer are blocks too). */
    static final int SCRIPT = 3;
    static final int STYLE = 4;
    static final int NAV = 5;
    static final int HEADER = 6;
    static final int FOOTER = 7;

    /**
     * Whether a start or end tag of this code is a boundary of the page's text: a phrase never runs across it (the
     * text keeps one {@link SearchText#BOUNDARY} there, between two stretches of text). The title, the block elements
     * and nav/header/footer are; inline elements (a, span, strong, mark…), script and style are not.
     */
    static boolean bounds(int tag) {
        return tag == TITLE || tag == BLOCK || tag >= NAV;
    }

    /**
     * The elements that bound text (besides title, nav, header, footer): where a browser starts a new line, block
     * or table cell. By name length; names of seven or more letters by their first six (as HtmlTextStream reads a
     * name), and {@code h} followed by one non-letter (h1–h6) is a heading.
     */
    private static final long[][] BLOCKS = {
            {},
            codes("p"),
            codes("br", "dd", "dl", "dt", "hr", "li", "ol", "td", "th", "tr", "ul"),
            codes("div", "pre"),
            codes("body", "form", "main"),
            codes("aside", "table", "tbody", "tfoot", "thead"),
            codes("figure", "legend", "option"),
            codes("address", "article", "blockquote", "caption", "details", "fieldset", "figcaption", "section",
                    "summary")};

    private static long[] codes(String... names) {
        long[] out = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = nameCode(names[i].toCharArray(), 0, names[i].length());
        }
        return out;
    }

    /**
     * A tag name as HtmlTextStream keeps it: its first six characters, five bits each (ASCII letters a–z as 1–26
     * ignoring case, anything else 0).
     */
    static long nameCode(char[] h, int from, int to) {
        long name = 0;
        for (int k = 0; k < 6 && from + k < to; k++) {
            name |= (long) letter(h[from + k]) << (5 * k);
        }
        return name;
    }

    /** A name character's five bits (see {@link #nameCode}). */
    static int letter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' && c < 0x80 ? (c | 0x20) - 'a' + 1 : 0;
    }

    /** The tag code of a name kept as {@link #nameCode} and its length (7 for seven or more). */
    static int tag(long name, int length) {
        switch (length) {
            case 2:
                if (name == 8) {
                    return BLOCK; // h and a non-letter: h1–h6
                }
                break;
            case 3:
                if (name == NAV_CODE) {
                    return NAV;
                }
                break;
            case 5:
                if (name == TITLE_CODE) {
                    return TITLE;
                }
                if (name == STYLE_CODE) {
                    return STYLE;
                }
                break;
            case 6:
                if (name == SCRIPT_CODE) {
                    return SCRIPT;
                }
                if (name == HEADER_CODE) {
                    return HEADER;
                }
                if (name == FOOTER_CODE) {
                    return FOOTER;
                }
                break;
            default:
                break;
        }
        if (length > 0) {
            for (long b : BLOCKS[length]) {
                if (b == name) {
                    return BLOCK;
                }
            }
        }
        return OTHER;
    }

    private static final long NAV_CODE = nameCode("nav".toCharArray(), 0, 3);
    private static final long TITLE_CODE = nameCode("title".toCharArray(), 0, 5);
    private static final long STYLE_CODE = nameCode("style".toCharArray(), 0, 5);
    private static final long SCRIPT_CODE = nameCode("script".toCharArray(), 0, 6);
    private static final long HEADER_CODE = nameCode("header".toCharArray(), 0, 6);
    private static final long FOOTER_CODE = nameCode("footer".toCharArray(), 0, 6);

    /** The tag named by {@code h[from, to)}, ignoring ASCII case, as one of the codes above. */
    private static int tag(char[] h, int from, int to) {
        return tag(nameCode(h, from, to), Math.min(7, to - from));
    }

    /**
     * Appends {@code html[from, to)} with character references decoded (as {@link #decode}); with
     * {@code dropSpace}, without the characters {@link SearchText#isSpace} removes.
     */
    private static void decodeInto(char[] html, int from, int to, TextBuffer out, boolean dropSpace) {
        int amp = from;
        while (amp < to && html[amp] != '&') {
            amp++;
        }
        if (amp >= to) {
            append(html, from, to, out, dropSpace);
            return;
        }
        char[] decoded = decode(new String(html, from, to - from)).toCharArray();
        append(decoded, 0, decoded.length, out, dropSpace);
    }

    /**
     * Appends the text from {@code from} (not markup) up to the next {@code <} that opens markup, without the
     * characters {@link SearchText#isSpace} removes, as {@link #decodeInto} with {@code dropSpace} would, and returns
     * where it ends; or, at a character reference, appends nothing and returns -1 (the caller decodes the text).
     */
    private static int appendText(char[] h, int from, TextBuffer out) {
        int start = from;
        int i = from + 1;
        int mark = out.length();
        if (h[from] == '&') {
            return -1;
        }
        if (!((h[from] > 0x20 && h[from] < 0x85) || h[from] > 0x3000 || !SearchText.isSpace(h[from]))) {
            start = from + 1;
        }
        for (; i < h.length; i++) {
            char c = h[i];
            if (c > 0x3000) {
                continue;
            }
            if (c > 0x20 && c < 0x85) {
                if (c == '<') {
                    if (opensMarkup(h, i)) {
                        break;
                    }
                } else if (c == '&') {
                    out.setLength(mark);
                    return -1;
                }
                continue;
            }
            if (!SearchText.isSpace(c)) {
                continue;
            }
            out.append(h, start, i - start);
            start = i + 1;
        }
        out.append(h, start, i - start);
        return i;
    }

    private static void append(char[] s, int from, int to, TextBuffer out, boolean dropSpace) {
        if (!dropSpace) {
            out.append(s, from, to - from);
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            char c = s[i];
            // Fast path: every whitespace character is a control, a space, or from U+0085 to U+3000 (Han characters
            // and full-width punctuation are above it).
            if ((c > 0x20 && c < 0x85) || c > 0x3000 || !SearchText.isSpace(c)) {
                continue;
            }
            out.append(s, start, i - start);
            start = i + 1;
        }
        out.append(s, start, to - start);
    }

    private static int indexOf(char[] h, char c, int from) {
        for (int i = from; i < h.length; i++) {
            if (h[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensMarkup(char[] html, int at) {
        if (html[at] != '<' || at + 1 >= html.length) {
            return false;
        }
        char next = html[at + 1];
        return isAsciiLetter(next) || next == '!' || next == '?'
                || (next == '/' && at + 2 < html.length && isAsciiLetter(html[at + 2]));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int nameEnd(char[] html, int from) {
        int i = from;
        while (i < html.length) {
            char c = html[i];
            // letters and digits (every tag name here) without the call to isSpace
            if (c > 0x20 && c < 0x85 ? c == '>' || c == '/' : SearchText.isSpace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Index of the {@code >} closing a start tag, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(char[] html, int from) {
        int n = html.length;
        for (int i = from; i < n; i++) {
            char c = html[i];
            if (c == '>') {
                return i;
            }
            if (c == '"' || c == '\'') {
                // a quoted value: on to its closing quote
                i++;
                while (i < n && html[i] != c) {
                    i++;
                }
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        int limit = html.length() - needle.length();
        for (int i = html.indexOf('<', from); i >= 0 && i <= limit; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Runs of ASCII whitespace (regex {@code \\s}), U+00A0 and U+3000 made one space, then stripped. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** Decodes character references: {@code &#123;}, {@code &#x4e00;} and the named ones this site uses. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp + 1);
            String replacement = null;
            int after = amp + 1;
            if (semi > amp + 1 && semi - amp <= 32) {
                String ref = s.substring(amp + 1, semi);
                replacement = reference(ref);
                after = semi + 1;
            }
            if (replacement == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(replacement);
                i = after;
            }
            amp = s.indexOf('&', i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }

    /** The text of the reference {@code &ref;}, or null when it is none. */
    static String reference(String ref) {
        if (ref.startsWith("#")) {
            try {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16)
                        : Integer.parseInt(ref.substring(1));
                if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return "\uFFFD";
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(ref);
    }
}
