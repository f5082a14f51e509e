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
 * write the index into the site. Usage: java -cp CLASSES src/bench/search/IndexSite.java SITE_DIR
 * Three rounds (the JVM warms up); prints wall and CPU time of each (CPU time is what counts on a busy machine).
 */
public class IndexSite {
    private static final Pattern YEAR = Pattern.compile("^reports/.*/(\\d{4})/index\\.html$|/compare/(\\d{4})/index\\.html$");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String[]> pages = new java.util.ArrayList<>();
        for (Path f : files) {
            String rel = site.relativize(f).toString().replace('\\', '/');
            if (rel.startsWith("reports/") || rel.startsWith("regions/")) {
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
                indexer.add(p[0], p[1], new Facets(null, null, year));
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
}
