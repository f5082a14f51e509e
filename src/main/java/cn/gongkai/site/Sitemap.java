package cn.gongkai.site;

import java.util.List;

/**
 * {@code sitemap.xml} and {@code robots.txt}. Crawlers need absolute URLs: with a base URL the sitemap lists
 * them; without one it lists site-relative paths (valid for the portal's own tools, and {@code --base-url}
 * makes it complete for search engines).
 */
public final class Sitemap {
    private Sitemap() {
    }

    /** The sitemap of the given page paths, in the given order, without the 404 page. */
    public static String xml(String baseUrl, List<String> pagePaths) {
        StringBuilder sb = new StringBuilder(64 * pagePaths.size() + 128);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pagePaths) {
            if (p.equals(SitePaths.NOT_FOUND)) {
                continue;
            }
            sb.append("  <url><loc>").append(Xml.escape(SitePaths.absolute(baseUrl, p))).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    public static String robots(String baseUrl) {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl != null && !baseUrl.isBlank()) {
            sb.append("Sitemap: ").append(SitePaths.absolute(baseUrl, SitePaths.SITEMAP)).append('\n');
        }
        return sb.toString();
    }
}
