package cn.gongkai.render;

/**
 * A rendered page: its UTF-8 bytes (the file) and, when asked for, what the search index reads of it: either its
 * text, or its title and search text read while it was written ({@link cn.gongkai.search.HtmlTextStream}).
 *
 * @param html        the page as text, or null when it was written straight to bytes
 * @param utf8        the page's bytes (for a page with {@code html}, exactly {@code html.getBytes(UTF_8)}); do not
 *                    change them
 * @param searchTitle the page's title as the search index reads it, or null when its search text was not kept
 * @param searchText  the page's text as the search index reads it (whitespace removed), or null
 */
public record RenderedPage(String html, byte[] utf8, String searchTitle, char[] searchText) {
    public RenderedPage(String html, byte[] utf8) {
        this(html, utf8, null, null);
    }

    /** The page as text, with its bytes encoded from it. */
    static RenderedPage of(String html) {
        return new RenderedPage(html, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
