package cn.gongkai.content;

import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything loaded from {@code content/}: the site settings, the region folders (sorted by path), the reports
 * that loaded (sorted by id) and every problem found (sorted by file and line). A report with an error is left
 * out of {@code reports} and named in {@code problems}.
 *
 * @param sourceFiles for each report id that has a copy of its source, the path of that file relative to the
 *                    content root (e.g. {@code shandong/.../2024.source.pdf}); the site publishes it
 * @param files       for each loaded report id, its file and the line of every key and cell (for messages
 *                    that point into the file, e.g. check results)
 */
public record Content(SiteConfig config, List<RegionInfo> regions, List<Report> reports,
                      List<ContentProblem> problems, SortedMap<String, String> sourceFiles,
                      SortedMap<String, ReportFile> files) {
    public Content {
        regions = List.copyOf(regions);
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
        sourceFiles = Collections.unmodifiableSortedMap(new TreeMap<>(sourceFiles));
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files == null ? Map.of() : files));
    }

    /** Content without file locations (e.g. built in memory by a test). */
    public Content(SiteConfig config, List<RegionInfo> regions, List<Report> reports,
                   List<ContentProblem> problems, SortedMap<String, String> sourceFiles) {
        this(config, regions, reports, problems, sourceFiles, null);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The region folder with this slug path, or null. */
    public RegionInfo region(String path) {
        for (RegionInfo r : regions) {
            if (r.path().equals(path)) {
                return r;
            }
        }
        return null;
    }
}
