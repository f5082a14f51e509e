package cn.gongkai.site;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The region folders as a tree, with each region's own reports (sorted by year). A report belongs to the
 * region whose path is its id without the year. Children are sorted by display order, then name, then path.
 */
public final class RegionTree {
    private static final Comparator<RegionInfo> DISPLAY_ORDER = Comparator.comparingInt(RegionInfo::order)
            .thenComparing(RegionInfo::name).thenComparing(RegionInfo::path);

    private final Map<String, RegionInfo> byPath = new HashMap<>();
    private final Map<String, List<RegionInfo>> children = new HashMap<>();
    private final Map<String, List<Report>> reports = new HashMap<>();
    private final List<RegionInfo> roots = new ArrayList<>();
    /** {@link #reportsBelow} of the regions asked for so far; the tree itself never changes. */
    private final Map<String, List<Report>> below = new java.util.concurrent.ConcurrentHashMap<>();

    public RegionTree(List<RegionInfo> regions, List<Report> allReports) {
        for (RegionInfo r : regions) {
            byPath.put(r.path(), r);
        }
        for (RegionInfo r : regions) {
            if (r.parentPath() == null || !byPath.containsKey(r.parentPath())) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentPath(), k -> new ArrayList<>()).add(r);
            }
        }
        roots.sort(DISPLAY_ORDER);
        children.values().forEach(l -> l.sort(DISPLAY_ORDER));
        for (Report r : allReports) {
            String path = regionPathOf(r.id());
            if (path != null && byPath.containsKey(path)) {
                reports.computeIfAbsent(path, k -> new ArrayList<>()).add(r);
            }
        }
        reports.values().forEach(l -> l.sort(Comparator.comparing(Report::year,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Report::id)));
    }

    /** The region path of a report id ({@code a/b/2024} → {@code a/b}), or null for an id without a slash. */
    public static String regionPathOf(String reportId) {
        if (reportId == null) {
            return null;
        }
        int i = reportId.lastIndexOf('/');
        return i < 0 ? null : reportId.substring(0, i);
    }

    public List<RegionInfo> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** Every region, parents before children, siblings in display order. */
    public List<RegionInfo> all() {
        List<RegionInfo> out = new ArrayList<>(byPath.size());
        for (RegionInfo r : roots) {
            collect(r, out);
        }
        return out;
    }

    private void collect(RegionInfo r, List<RegionInfo> out) {
        out.add(r);
        for (RegionInfo c : children(r.path())) {
            collect(c, out);
        }
    }

    public RegionInfo get(String path) {
        return byPath.get(path);
    }

    public List<RegionInfo> children(String path) {
        return Collections.unmodifiableList(children.getOrDefault(path, List.of()));
    }

    /** The region's own reports, oldest first. */
    public List<Report> reports(String path) {
        return Collections.unmodifiableList(reports.getOrDefault(path, List.of()));
    }

    /** Every report of the region and the regions below it, by id (collected once per region: pages ask often). */
    public List<Report> reportsBelow(String path) {
        return below.computeIfAbsent(path, p -> {
            List<Report> out = new ArrayList<>();
            collectReports(p, out);
            out.sort(Comparator.comparing(Report::id));
            return List.copyOf(out);
        });
    }

    private void collectReports(String path, List<Report> out) {
        out.addAll(reports(path));
        for (RegionInfo c : children(path)) {
            collectReports(c.path(), out);
        }
    }

    /** The enclosing regions from the top down, not including the region itself. */
    public List<RegionInfo> ancestors(String path) {
        List<RegionInfo> out = new ArrayList<>();
        RegionInfo r = byPath.get(path);
        while (r != null && r.parentPath() != null) {
            r = byPath.get(r.parentPath());
            if (r != null) {
                out.add(0, r);
            }
        }
        return out;
    }

    /** The enclosing region of a given level, or null when the folder chain has none (never invented). */
    public RegionInfo ancestorAt(String path, RegionLevel level) {
        RegionInfo self = byPath.get(path);
        if (self != null && self.level() == level) {
            return self;
        }
        for (RegionInfo a : ancestors(path)) {
            if (a.level() == level) {
                return a;
            }
        }
        return null;
    }

    /** The years for which at least one direct child region has a report, ascending. */
    public List<Integer> childReportYears(String path) {
        TreeSet<Integer> years = new TreeSet<>();
        for (RegionInfo c : children(path)) {
            for (Report r : reports(c.path())) {
                if (r.year() != null) {
                    years.add(r.year());
                }
            }
        }
        return new ArrayList<>(years);
    }

    /** The report of a region for a year, or null. */
    public Report reportOf(String path, int year) {
        for (Report r : reports(path)) {
            if (r.year() != null && r.year() == year) {
                return r;
            }
        }
        return null;
    }
}
