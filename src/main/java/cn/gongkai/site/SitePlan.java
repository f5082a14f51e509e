package cn.gongkai.site;

import cn.gongkai.content.Content;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which pages the portal has, derived from the loaded content and its checked reports. The order of
 * {@link #pages()} is fixed (home, regions in tree order with their report, change and comparison pages,
 * then data, search and 404) so every later stage is deterministic.
 *
 * @param sources report id → site path of the published source copy ({@code sources/<id>.<ext>})
 * @param latestYear the most recent year any report covers, or null when there are no reports
 */
public record SitePlan(SiteConfig config, RegionTree regions, List<Report> reports, List<Page> pages,
                       SortedMap<String, String> sources, Integer latestYear) {

    public SitePlan {
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }

    /** Plans the site for the reports that passed loading and checking (sorted by id). */
    public static SitePlan of(Content content, List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::id));
        RegionTree tree = new RegionTree(content.regions(), sorted);
        java.util.Set<String> ids = new java.util.HashSet<>();
        sorted.forEach(r -> ids.add(r.id()));
        TreeMap<String, String> sources = new TreeMap<>();
        for (Map.Entry<String, String> e : content.sourceFiles().entrySet()) {
            if (ids.contains(e.getKey())) {
                sources.put(e.getKey(), SitePaths.source(e.getKey(), e.getValue()));
            }
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page.Home());
        for (RegionInfo region : tree.all()) {
            pages.add(new Page.Region(region));
            List<Report> own = tree.reports(region.path());
            for (int i = 0; i < own.size(); i++) {
                Report r = own.get(i);
                pages.add(new Page.ReportView(r, i > 0 ? own.get(i - 1) : null,
                        i + 1 < own.size() ? own.get(i + 1) : null, sources.get(r.id())));
            }
            if (!own.isEmpty()) {
                pages.add(new Page.Changes(region));
            }
            for (int year : tree.childReportYears(region.path())) {
                List<Report> of = new ArrayList<>();
                for (RegionInfo c : tree.children(region.path())) {
                    Report r = tree.reportOf(c.path(), year);
                    if (r != null) {
                        of.add(r);
                    }
                }
                pages.add(new Page.Compare(region, year, of));
            }
        }
        // Reports whose folder is not a known region still get their page (the loader names the problem).
        for (Report r : sorted) {
            String regionPath = RegionTree.regionPathOf(r.id());
            if (regionPath == null || tree.get(regionPath) == null) {
                pages.add(new Page.ReportView(r, null, null, sources.get(r.id())));
            }
        }
        pages.add(new Page.Data());
        pages.add(new Page.Search());
        pages.add(new Page.NotFound());
        Integer latest = sorted.stream().map(Report::year).filter(y -> y != null)
                .max(Comparator.naturalOrder()).orElse(null);
        return new SitePlan(content.config(), tree, sorted, pages, sources, latest);
    }

    /** The site path of a report's page. */
    public String reportPath(Report r) {
        return SitePaths.report(r.id());
    }
}
