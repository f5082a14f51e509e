package cn.gongkai.search;

/**
 * The one normalisation of search text, shared by the index and (mirrored line by line) by search.js: whitespace
 * is removed exactly as Python's {@code re.sub(r"\s+", "", text)} removes it (the characters for which
 * {@code str.isspace()} is true), so "the page contains the query" means what a reader checking the page means;
 * ASCII letters match without regard to case (other characters are compared as they are).
 */
final class SearchText {
    private SearchText() {
    }

    /**
     * What the page's text holds where a block, line or table cell ends and the next begins ({@link HtmlText#bounds}):
     * one space, a character the text has none of otherwise (whitespace is removed) and a query never holds (its
     * words are split at whitespace), so no word matches across it, and a snippet shows it.
     */
    static final char BOUNDARY = ' ';

    /** Python's {@code str.isspace()}: the characters {@code \s} matches in a str pattern. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static String removeSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The key form of a code point: ASCII capitals folded to lower case, everything else unchanged. */
    static int fold(int cp) {
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    }

    /**
     * Characters that end a clause (。；！？：，): a non-digit run ends after one, so the sentences a template
     * repeats across reports are stored once however the names and figures around them vary (search.js has
     * the same list).
     */
    static boolean isBreak(int cp) {
        return cp == '\u3002' || cp == '\uFF1B' || cp == '\uFF01' || cp == '\uFF1F' || cp == '\uFF1A' || cp == '\uFF0C';
    }

    static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(fold(cp)));
        return out.toString();
    }
}
