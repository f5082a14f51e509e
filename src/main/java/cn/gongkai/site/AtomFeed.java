package cn.gongkai.site;

import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code feed.xml}: an Atom feed of the reports, newest first. A report's date is its publication date, or
 * the last day of the year it covers when the report does not say (it cannot have been published earlier).
 * The feed's own date is that of its newest entry, so building twice gives the same file.
 */
public final class AtomFeed {
    /** How many reports the feed lists. */
    public static final int ENTRIES = 50;

    private AtomFeed() {
    }

    public static String xml(SiteConfig config, List<Report> reports) {
        List<Report> newest = new ArrayList<>(reports);
        newest.sort(Comparator.comparing(AtomFeed::date).reversed().thenComparing(Report::id));
        if (newest.size() > ENTRIES) {
            newest = newest.subList(0, ENTRIES);
        }
        String base = config.baseUrl();
        StringBuilder sb = new StringBuilder(1024 + 512 * newest.size());
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        sb.append("  <title>").append(Xml.escape(config.title())).append("</title>\n");
        sb.append("  <id>").append(Xml.escape(feedId(base))).append("</id>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(SitePaths.absolute(base, SitePaths.HOME))).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Xml.escape(SitePaths.absolute(base, SitePaths.FEED)))
                .append("\"/>\n");
        sb.append("  <updated>").append(newest.isEmpty() ? "1970-01-01" : date(newest.get(0)))
                .append("T00:00:00Z</updated>\n");
        if (config.publisher() != null) {
            sb.append("  <author><name>").append(Xml.escape(config.publisher())).append("</name></author>\n");
        } else {
            sb.append("  <author><name>").append(Xml.escape(config.title())).append("</name></author>\n");
        }
        for (Report r : newest) {
            String url = SitePaths.absolute(base, SitePaths.report(r.id()));
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Xml.escape(title(r))).append("</title>\n");
            sb.append("    <id>").append(Xml.escape(feedId(base) + "reports/" + r.id())).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            sb.append("    <updated>").append(date(r)).append("T00:00:00Z</updated>\n");
            sb.append("    <summary>").append(Xml.escape(summary(r))).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** A stable feed id: the base URL when known, otherwise a tag URI from the portal title. */
    private static String feedId(String base) {
        if (base != null && !base.isBlank()) {
            return base.endsWith("/") ? base : base + "/";
        }
        return "tag:gongkai,2024:/";
    }

    static String date(Report r) {
        if (r.published() != null) {
            return r.published().toString();
        }
        return (r.year() == null ? "1970" : r.year().toString()) + "-12-31";
    }

    public static String title(Report r) {
        String who = r.issuer() != null ? r.issuer() : r.region().mostSpecific();
        return (who == null ? r.id() : who) + " " + (r.year() == null ? "" : r.year() + "年")
                + "政府信息公开工作年度报告";
    }

    private static String summary(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Headline h : List.of(Headline.PROACTIVE, Headline.NEW_RECEIVED, Headline.GRANTED, Headline.REVIEW)) {
            if (sb.length() > 0) {
                sb.append("；");
            }
            sb.append(h.label()).append(' ');
            String d = h.of(r).display();
            sb.append("?".equals(d) ? "未知" : d);
        }
        return sb.append('。').toString();
    }
}
