package cn.gongkai.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds broken internal links in a built site by parsing every HTML page: each relative {@code href}/{@code src}
 * must name a file (or a folder with {@code index.html}), and a {@code #fragment} must be an id on the target.
 * Root-absolute links count as broken: the site must work under any sub-path.
 */
final class LinkChecker {
    private LinkChecker() {
    }

    static List<String> brokenLinks(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("[href], [src]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String problem = check(site, page, link);
                    if (problem != null) {
                        broken.add(site.relativize(page) + " -> " + link + " (" + problem + ")");
                    }
                }
            }
        }
        return broken;
    }

    private static String check(Path site, Path page, String link) throws IOException {
        if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")) {
            return null;
        }
        if (link.startsWith("/")) {
            return "root-absolute";
        }
        URI uri = URI.create(link.replace(" ", "%20"));
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Document doc = Jsoup.parse(target.toFile(), "UTF-8");
            if (doc.getElementById(fragment) == null) {
                return "no element #" + fragment;
            }
        }
        return null;
    }
}
