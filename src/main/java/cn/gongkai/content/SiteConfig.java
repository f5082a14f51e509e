package cn.gongkai.content;

/**
 * {@code content/site.yaml}.
 *
 * @param title       portal title
 * @param description one paragraph saying what the portal is (Markdown)
 * @param baseUrl     absolute URL the site is published at (for sitemap and feed), or null; pages never
 *                    depend on it: all links are relative
 * @param theme       theme folder name under {@code themes/}; {@code default} is built in
 * @param licence     licence note for the data downloads
 * @param publisher   who publishes the portal (e.g. the county office)
 */
public record SiteConfig(String title, String description, String baseUrl, String theme, String licence,
                         String publisher) {
    public static final SiteConfig DEFAULT = new SiteConfig("政府信息公开工作年度报告",
            "本站汇集各级行政机关的政府信息公开工作年度报告，可按地区浏览、逐年对比、检索和下载数据。",
            null, "default", "数据来自各行政机关公开发布的年度报告，可自由使用，请注明来源。", null);
}
