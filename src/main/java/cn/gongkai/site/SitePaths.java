package cn.gongkai.site;

/**
 * The output path of every page and file of the portal (the site layout of the brief), and relative links
 * between them. Paths are relative to the site root with {@code /} separators; a page path ends in
 * {@code index.html} or {@code .html}. Links are always relative so the site works under any sub-path.
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String DATA = "data/index.html";
    public static final String SEARCH = "search/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String FEED = "feed.xml";
    public static final String ASSETS = "assets/";

    private SitePaths() {
    }

    public static String region(String regionPath) {
        return "regions/" + regionPath + "/index.html";
    }

    public static String changes(String regionPath) {
        return "regions/" + regionPath + "/changes/index.html";
    }

    public static String compare(String regionPath, int year) {
        return "regions/" + regionPath + "/compare/" + year + "/index.html";
    }

    public static String report(String reportId) {
        return "reports/" + reportId + "/index.html";
    }

    /** {@code sources/<report id>.<ext>}: the published copy of a report's source file. */
    public static String source(String reportId, String contentRelativeFile) {
        String name = contentRelativeFile.substring(contentRelativeFile.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "txt" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return "sources/" + reportId + "." + ext;
    }

    public static String reportJson(String reportId) {
        return "data/reports/" + reportId + ".json";
    }

    public static String townshipJson(String regionPath) {
        return "data/townships/" + regionPath + ".json";
    }

    public static String townshipCsv(String regionPath) {
        return "data/townships/" + regionPath + ".csv";
    }

    /** The prefix that leads from a page back to the site root: {@code ""}, {@code "../"}, {@code "../../"}… */
    public static String root(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * The link to a site path written as the visitor sees it: a trailing {@code index.html} becomes the
     * folder ({@code reports/a/2024/}), so links read like the URLs people share.
     */
    public static String href(String root, String target) {
        if (target.equals("index.html")) {
            return root.isEmpty() ? "./" : root;
        }
        if (target.endsWith("/index.html")) {
            return root + target.substring(0, target.length() - "index.html".length());
        }
        return root + target;
    }

    /** The absolute URL of a site path under a base URL (for sitemap and feed), or the bare path without one. */
    public static String absolute(String baseUrl, String target) {
        String url = href("", target);
        if (url.equals("./")) {
            url = "";
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            return url.isEmpty() ? "./" : url;
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + url;
    }
}
