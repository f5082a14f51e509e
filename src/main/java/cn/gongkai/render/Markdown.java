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
        if (isPlainParagraphs(markdown)) {
            return plainParagraphs(markdown);
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
        int lineStart = 0;
        for (int i = 0; i <= md.length(); i++) {
            if (i == md.length() || md.charAt(i) == '\n') {
                if (!plainLine(md, lineStart, i)) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return true;
    }

    private static boolean plainLine(String md, int from, int to) {
        int i = from;
        int spaces = 0;
        while (i < to && md.charAt(i) == ' ') {
            i++;
            spaces++;
        }
        if (i < to && (spaces >= 4 || md.charAt(i) == '\t')) {
            return false;
        }
        if (i < to) {
            char first = md.charAt(i);
            if ("-+*#>|=~`".indexOf(first) >= 0) {
                return false;
            }
            int d = i;
            while (d < to && md.charAt(d) >= '0' && md.charAt(d) <= '9') {
                d++;
            }
            if (d > i && d < to && (md.charAt(d) == '.' || md.charAt(d) == ')')) {
                return false;
            }
        }
        int end = to;
        if (end > from && md.charAt(end - 1) == '\r') {
            return false;
        }
        if (end - from >= 2 && md.charAt(end - 1) == ' ' && md.charAt(end - 2) == ' ') {
            return false;
        }
        for (int k = i; k < end; k++) {
            char c = md.charAt(k);
            if (c == '\t' || "*_[]<>&`!|\\~".indexOf(c) >= 0 || c == ':' && k + 2 < end && md.charAt(k + 1) == '/') {
                return false;
            }
        }
        return true;
    }

    /** Paragraphs separated by blank lines; each line without its surrounding spaces; lines joined by a newline. */
    private static String plainParagraphs(String md) {
        StringBuilder out = new StringBuilder(md.length() + 64);
        boolean open = false;
        for (String line : md.split("\n", -1)) {
            String t = trimSpaces(line);
            if (t.isEmpty()) {
                if (open) {
                    out.append("</p>\n");
                    open = false;
                }
                continue;
            }
            out.append(open ? "\n" : "<p>");
            open = true;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '"') {
                    out.append("&quot;");
                } else {
                    out.append(c);
                }
            }
        }
        if (open) {
            out.append("</p>\n");
        }
        return out.toString();
    }

    private static String trimSpaces(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        return s.substring(a, b);
    }
}
