package cn.gongkai.content;

import java.util.List;

/** Reads {@code site.yaml}; a key left out takes its value from {@link SiteConfig#DEFAULT}. */
final class SiteConfigReader {
    static final List<String> KEYS = List.of("title", "description", "base_url", "theme", "licence", "publisher");

    private SiteConfigReader() {
    }

    static SiteConfig read(FieldReader in) {
        in.reportDuplicateKeys();
        in.checkKeys("", in.node(""), KEYS);
        SiteConfig d = SiteConfig.DEFAULT;
        String baseUrl = in.string("base_url", false);
        if (baseUrl != null && !baseUrl.matches("https?://\\S+")) {
            in.problems().error(in.line("base_url"), "base_url", "bad-value",
                    "base_url 应为以 http:// 或 https:// 开头的完整网址，实际是“" + baseUrl + "”");
            baseUrl = null;
        }
        String theme = in.string("theme", false);
        if (theme != null && !theme.matches("[A-Za-z0-9_-]+")) {
            in.problems().error(in.line("theme"), "theme", "bad-value",
                    "theme 应为 themes/ 下的文件夹名（字母、数字、- 或 _），实际是“" + theme + "”");
            theme = null;
        }
        return new SiteConfig(or(in.string("title", false), d.title()), or(in.string("description", false),
                d.description()), baseUrl == null ? d.baseUrl() : baseUrl,
                or(theme, d.theme()), or(in.string("licence", false), d.licence()),
                or(in.string("publisher", false), d.publisher()));
    }

    private static String or(String v, String d) {
        return v == null ? d : v;
    }
}
