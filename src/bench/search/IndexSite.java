import cn.gongkai.search.Facets;
import cn.gongkai.search.SearchIndexer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark step 1: index a built site's report and region pages the way the site build does, time it, and
 * write the index into the site. Usage: java -cp CLASSES src/bench/search/IndexSite.java SITE_DIR [CONTENT_DIR]
 * With the content folder the site was built from, pages get their county and township (the names of the
 * folders of level county and township above them, as the site build gives them), else years only.
 * Three rounds (the JVM warms up); prints wall and CPU time of each (CPU time is what counts on a busy machine).
 */
public class IndexSite {
    private static final Pattern NOT_SEARCHED = Pattern.compile("/changes/index\\.html$|/compare/\\d{4}/index\\.html$");
    private static final Pattern YEAR = Pattern.compile("^reports/.*/(\\d{4})/index\\.html$|/compare/(\\d{4})/index\\.html$");

    /** A page's region folder (slug path): reports/R/YEAR/, regions/R/, regions/R/changes/, regions/R/compare/YEAR/. */
    private static final Pattern REGION = Pattern.compile(
            "^(?:reports/(.+)/\\d{4}|regions/(.+?)(?:/changes|/compare/\\d{4})?)/index\\.html$");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path content = args.length > 1 ? Path.of(args[1]) : null;
        java.util.Map<String, String[]> levels = new java.util.HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String[]> pages = new java.util.ArrayList<>();
        for (Path f : files) {
            String rel = site.relativize(f).toString().replace('\\', '/');
            // the pages the site build indexes (SiteBuild.searchFacets): reports and region pages, not the
            // year-over-year and comparison pages
            if ((rel.startsWith("reports/") || rel.startsWith("regions/")) && !NOT_SEARCHED.matcher(rel).find()) {
                pages.add(new String[] {rel, Files.readString(f, StandardCharsets.UTF_8)});
            }
        }
        // CPU time of the whole process (the index build uses every core), the honest figure on a busy machine.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 3; round++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long e0 = threads.getCurrentThreadCpuTime();
            SearchIndexer indexer = new SearchIndexer();
            for (String[] p : pages) {
                Matcher m = YEAR.matcher(p[0]);
                Integer year = null;
                if (m.find()) {
                    year = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
                }
                indexer.add(p[0], p[1], content == null ? new Facets(null, null, year) : facets(content, p[0], year, levels));
            }
            long t1 = System.nanoTime();
            long e1 = threads.getCurrentThreadCpuTime();
            long c1 = os.getProcessCpuTime();
            java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
            indexer.write((path, bytes) -> out.put(path, bytes));
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            long bytes = out.values().stream().mapToLong(b -> b.length).sum();
            System.out.printf("index (round %d): %d pages, %d files, %d bytes in %d ms wall, %d ms cpu "
                    + "(extract %d ms wall %d ms cpu, build %d ms wall %d ms cpu)%n", round + 1, pages.size(),
                    out.size(), bytes, (t2 - t0) / 1_000_000, (c2 - c0) / 1_000_000, (t1 - t0) / 1_000_000,
                    (e1 - e0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000);
            if (round == 2) {
                Path dir = site.resolve("search");
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            if (!p.equals(dir) && !p.getFileName().toString().equals("index.html")) {
                                Files.delete(p);
                            }
                        }
                    }
                }
                for (var e : out.entrySet()) {
                    Path p = site.resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                }
            }
        }
    }

    /** County and township of a page: the names of its region folder and the folders above it, by their level. */
    static Facets facets(Path content, String page, Integer year, java.util.Map<String, String[]> levels)
            throws java.io.IOException {
        Matcher m = REGION.matcher(page);
        if (!m.find()) {
            return new Facets(null, null, year);
        }
        String region = m.group(1) != null ? m.group(1) : m.group(2);
        String county = null;
        String township = null;
        for (int slash = region.indexOf('/'); ; slash = region.indexOf('/', slash + 1)) {
            String prefix = slash < 0 ? region : region.substring(0, slash);
            String[] lv = levels.get(prefix);
            if (lv == null) {
                lv = new String[2];
                Path yaml = content.resolve(prefix).resolve("_region.yaml");
                if (Files.isRegularFile(yaml)) {
                    for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
                        if (line.startsWith("name:")) {
                            lv[0] = line.substring(5).trim();
                        } else if (line.startsWith("level:")) {
                            lv[1] = line.substring(6).trim();
                        }
                    }
                }
                levels.put(prefix, lv);
            }
            if ("county".equals(lv[1])) {
                county = lv[0];
            } else if ("township".equals(lv[1])) {
                township = lv[0];
            }
            if (slash < 0) {
                break;
            }
        }
        return new Facets(county, township, year);
    }
}
