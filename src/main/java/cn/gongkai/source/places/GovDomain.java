package cn.gongkai.source.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place labels of a government web address: {@code http://www.yuyang.gov.cn/zwgk/…} → [yuyang];
 * {@code zwgk.yuyang.yulin.gov.cn} → [yulin, yuyang] (nearest to {@code gov.cn} first). Addresses outside
 * {@code .gov.cn} have none: a copy on a third-party site says nothing about who published it.
 */
final class GovDomain {
    private static final Pattern HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?([a-z0-9.-]+)");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![a-z0-9.-])(?:https?://)?((?:[a-z0-9-]+\\.)+gov\\.cn)(?![a-z0-9-])");
    /** Labels that name a service, not a place. */
    private static final List<String> SERVICE = List.of("www", "zwgk", "xxgk", "gk", "zfxxgk", "wap", "m", "new",
            "portal", "web");

    private GovDomain() {
    }

    /** Place labels of one address, nearest to gov.cn first; empty when it is not a .gov.cn address. */
    static List<String> labels(String url) {
        if (url == null) {
            return List.of();
        }
        Matcher m = HOST.matcher(url.strip().toLowerCase(Locale.ROOT));
        if (!m.find() || !m.group(1).endsWith(".gov.cn")) {
            return List.of();
        }
        String[] parts = m.group(1).substring(0, m.group(1).length() - ".gov.cn".length()).split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !SERVICE.contains(parts[i]) && parts[i].matches("[a-z]+")) {
                out.add(parts[i]);
            }
        }
        return out;
    }

    /** The .gov.cn host names written in a text, in order, each once. */
    static List<String> hostsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
