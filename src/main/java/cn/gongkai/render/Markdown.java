package cn.gongkai.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The one Markdown parser and renderer of a build. Report text comes from government PDFs and people's
 * edits: raw HTML in it is escaped (a {@code <script>} shows as text) and {@code javascript:} links are
 * dropped. Thread-safe.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data):.*");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** HTML for a Markdown text; empty for null. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // scanned as a char array: String.charAt checks its index on every call under C1, twice as slow
        char[] chars = markdown.toCharArray();
        if (isPlainParagraphs(chars)) {
            return plainParagraphs(markdown, chars);
        }
        return renderer.render(parser.parse(markdown));
    }

    /** Like {@link #toHtml} but always through flexmark (for the test that the fast path agrees with it). */
    String toHtmlByParser(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }

    /**
     * True when the text is only paragraphs of plain text, as almost every report narrative is: no character
     * that could start Markdown syntax anywhere, and no line that could open a block (list, heading, quote,
     * code, table, rule). Such text renders the same without the parser, which is most of a report page's cost.
     */
    static boolean isPlainParagraphs(String md) {
        return isPlainParagraphs(md.toCharArray());
    }

    private static boolean isPlainParagraphs(char[] md) {
        int lineStart = 0;
        int n = md.length;
        for (int i = 0; i <= n; i++) {
            if (i == n || md[i] == '\n') {
                if (!plainLine(md, lineStart, i)) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return true;
    }

    /** ASCII characters that may be Markdown syntax inside a line: {@code *_[]<>&`!|\~} and tab (bits by code). */
    private static final long INLINE_LOW = 1L << '\t' | 1L << '*' | 1L << '<' | 1L << '>' | 1L << '&' | 1L << '!';
    private static final long INLINE_HIGH = 1L << ('_' - 64) | 1L << ('[' - 64) | 1L << (']' - 64) | 1L << ('`' - 64)
            | 1L << ('|' - 64) | 1L << ('\\' - 64) | 1L << ('~' - 64);

    private static boolean inlineSyntax(char c) {
        return c < 64 ? (INLINE_LOW >>> c & 1) != 0 : c < 128 && (INLINE_HIGH >>> (c - 64) & 1) != 0;
    }

    private static boolean plainLine(char[] md, int from, int to) {
        int i = from;
        while (i < to && md[i] == ' ') {
            i++;
        }
        if (i < to) {
            if (i - from >= 4 || md[i] == '\t') {
                return false;
            }
            char first = md[i];
            if ("-+*#>|=~`".indexOf(first) >= 0) {
                return false;
            }
            int d = i;
            while (d < to && md[d] >= '0' && md[d] <= '9') {
                d++;
            }
            if (d > i && d < to && (md[d] == '.' || md[d] == ')')) {
                return false;
            }
        }
        if (to > from && md[to - 1] == '\r') {
            return false;
        }
        if (to - from >= 2 && md[to - 1] == ' ' && md[to - 2] == ' ') {
            return false;
        }
        for (int k = i; k < to; k++) {
            if (inlineSyntax(md[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Paragraphs separated by blank lines; each line without its surrounding spaces; lines joined by a newline.
     * Runs of lines that need no trimming are copied as one piece (the newlines between them are kept as they
     * are), so the text is copied in a few large pieces rather than character by character.
     */
    private static String plainParagraphs(String md, char[] cs) {
        StringBuilder out = new StringBuilder(md.length() + 64);
        int n = cs.length;
        int quote = indexOf(cs, '"', 0);
        int runStart = -1;
        int runEnd = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = indexOf(cs, '\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && cs[a] == ' ') {
                a++;
            }
            while (b > a && cs[b - 1] == ' ') {
                b--;
            }
            if (a == b) {
                if (runStart >= 0) {
                    quote = copyEscapingQuotes(out, md, cs, runStart, runEnd, quote);
                    out.append("</p>\n");
                    runStart = -1;
                }
            } else if (runStart < 0) {
                out.append("<p>");
                runStart = a;
                runEnd = b;
            } else if (a == runEnd + 1) {
                runEnd = b;
            } else {
                quote = copyEscapingQuotes(out, md, cs, runStart, runEnd, quote);
                out.append('\n');
                runStart = a;
                runEnd = b;
            }
            lineStart = lineEnd + 1;
        }
        if (runStart >= 0) {
            copyEscapingQuotes(out, md, cs, runStart, runEnd, quote);
            out.append("</p>\n");
        }
        return out.toString();
    }

    /**
     * Appends {@code md[from, to)} with {@code "} as {@code &quot;}. {@code quote} is the first quote at or after
     * {@code from} (or -1); returns the first quote at or after {@code to}.
     */
    private static int copyEscapingQuotes(StringBuilder out, String md, char[] cs, int from, int to, int quote) {
        while (quote >= 0 && quote < to) {
            out.append(md.substring(from, quote)).append("&quot;");
            from = quote + 1;
            quote = indexOf(cs, '"', from);
        }
        out.append(md.substring(from, to));
        return quote;
    }

    /** The first {@code c} in {@code cs} at or after {@code from}, or -1. */
    private static int indexOf(char[] cs, char c, int from) {
        for (int i = from; i < cs.length; i++) {
            if (cs[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
