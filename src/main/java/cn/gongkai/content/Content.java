package cn.gongkai.content;

import cn.gongkai.model.Report;

import java.util.List;

/**
 * Everything loaded from {@code content/}: the site settings, the region folders (sorted by path), the reports
 * that loaded (sorted by id) and every problem found (sorted by file and line). A report with an error is left
 * out of {@code reports} and named in {@code problems}.
 *
 * @param sourceFiles for each report id that has a copy of its source, the path of that file relative to the
 *                    content root (e.g. {@code shandong/.../2024.source.pdf}); the site publishes it
 */
public record Content(SiteConfig config, List<RegionInfo> regions, List<Report> reports,
                      List<ContentProblem> problems, java.util.SortedMap<String, String> sourceFiles) {
    public Content {
        regions = List.copyOf(regions);
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
        sourceFiles = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(sourceFiles));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == cn.gongkai.model.Severity.ERROR);
    }
}
