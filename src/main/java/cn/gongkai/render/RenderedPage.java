package cn.gongkai.render;

/**
 * A rendered page: its UTF-8 bytes (the file) and, when asked for, its text (for the search index).
 *
 * @param html the page as text, or null when it was not asked for and the page was written straight to bytes
 * @param utf8 the page's bytes, exactly {@code html.getBytes(UTF_8)}; do not change them
 */
public record RenderedPage(String html, byte[] utf8) {
    /** The page as text, with its bytes encoded from it. */
    static RenderedPage of(String html) {
        return new RenderedPage(html, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
