package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the checks of the data contract. {@link #check(Report)} runs the rules that need only one report (the
 * arithmetic errors, missing tables and rows, narrative vs tables, year); {@link #checkAll(List)} adds the
 * rules that compare an issuer's years (结转 between consecutive years, copied text). Diagnostics are added to
 * the reports, sorted, without duplicates, so checking twice changes nothing.
 */
public final class Checker {
    /** Jaccard similarity at or above which a narrative counts as copied from the previous year. */
    public static final double COPIED_TEXT_THRESHOLD = 0.8;
    /** Texts with fewer shingles than this (a few sentences) are too short to call copied. */
    static final int MINIMUM_SHINGLES = 50;
    /** How many runs of consecutive issuers' groups the cross-year rules are split into (for the cores). */
    private static final int GROUP_RUNS = 16;

    private final CrossYearRules crossYear = new CrossYearRules(COPIED_TEXT_THRESHOLD, MINIMUM_SHINGLES);
    /** Shares of narrative reused from the previous report, found by the last checks: pair key → share. */
    private final Map<String, Double> reuse = new ConcurrentHashMap<>();

    /** The single-report diagnostics of {@code r}, sorted (r's own diagnostics are not included). */
    public List<Diagnostic> diagnose(Report r) {
        List<Diagnostic> out = new ArrayList<>();
        ArithmeticRules.check(r, out);
        CompletenessRules.check(r, out);
        NarrativeRules.check(r, out);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** {@code r} with its single-report diagnostics added (e.g. after parsing a source). */
    public Report check(Report r) {
        return r.withMoreDiagnostics(diagnose(r));
    }

    /**
     * Every report with all diagnostics added, single-report and across years, sorted by id (reports without
     * id last, by issuer and year).
     */
    public List<Report> checkAll(List<Report> reports) {
        // Reports, then issuers' groups, are checked on all cores; each report's list is written by one task
        // only, and results are collected in input order, so the outcome never depends on timing.
        List<List<Diagnostic>> single = reports.parallelStream().map(r -> (List<Diagnostic>) new ArrayList<>(diagnose(r)))
                .toList();
        Map<Report, List<Diagnostic>> found = new IdentityHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            found.put(reports.get(i), single.get(i));
        }
        // The groups in a few runs of consecutive groups, each run on one core, where the shingle tables of one
        // group's reports are used again by the next group's.
        List<List<Report>> groups = new ArrayList<>(CrossYearRules.byIssuer(reports).values());
        int runs = Math.min(groups.size(), GROUP_RUNS);
        java.util.stream.IntStream.range(0, runs).parallel().forEach(run -> {
            java.util.Deque<TextReuse> free = new java.util.ArrayDeque<>(2);
            for (int g = groups.size() * run / runs, end = groups.size() * (run + 1) / runs; g < end; g++) {
                crossYear.check(groups.get(g), found, reuse, free);
            }
        });
        List<Report> out = new ArrayList<>(reports.parallelStream()
                .map(r -> r.withMoreDiagnostics(found.get(r))).toList());
        out.sort(ORDER);
        return out;
    }

    /**
     * {@link #checkAll} after the reports of one folder changed, without checking the others again:
     * {@code previous} is what {@code checkAll} returned for the earlier reports, {@code reports} all current
     * reports (e.g. {@code Content.reports()} after {@code ContentLoader.reload}). The reports of {@code folder}
     * (a township's slug path, e.g. {@code shandong/jining/jinxiang/buji-zhen}) are checked again with their
     * neighbouring years, and so are the folders of reports that appeared or disappeared elsewhere (a report left
     * out, or no longer left out, as a duplicate); the rest are taken from {@code previous}. Equal to
     * {@code checkAll(reports)} when only that folder's files changed.
     */
    public List<Report> recheck(List<Report> previous, List<Report> reports, String folder) {
        Set<String> folders = new HashSet<>();
        folders.add(folder);
        Map<String, Report> before = new HashMap<>();
        for (Report r : previous) {
            if (r.id() != null) {
                before.put(r.id(), r);
            }
        }
        Set<String> now = new HashSet<>();
        for (Report r : reports) {
            if (r.id() != null) {
                now.add(r.id());
                if (!before.containsKey(r.id())) {
                    folders.add(folderOf(r.id()));
                }
            }
        }
        for (String id : before.keySet()) {
            if (!now.contains(id)) {
                folders.add(folderOf(id));
            }
        }
        List<Report> again = new ArrayList<>();
        List<Report> out = new ArrayList<>();
        for (Report r : reports) {
            if (r.id() == null || folders.contains(folderOf(r.id()))) {
                again.add(r);
            } else {
                out.add(before.get(r.id()));
            }
        }
        out.addAll(checkAll(again));
        out.sort(ORDER);
        return out;
    }

    /**
     * Share 0..1 of {@code current}'s narrative that also occurs in {@code previous}'s (the year-over-year
     * figure), or null when either has no narrative. A pair of an issuer's successive reports that
     * {@link #checkAll} compared is answered from that comparison, without cutting the texts into shingles again.
     */
    public Double reuseShare(Report previous, Report current) {
        if (previous.sections().asMap().isEmpty() || current.sections().asMap().isEmpty()) {
            return null;
        }
        String pair = CrossYearRules.pairKey(previous, current);
        Double known = pair == null ? null : reuse.get(pair);
        double share = known != null ? known : TextReuse.share(previous, current);
        return Double.isNaN(share) ? null : share;
    }

    private static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    static final Comparator<Report> ORDER = Comparator
            .comparing((Report r) -> r.id() == null ? "\uffff" : r.id())
            .thenComparing(r -> r.issuer() == null ? "" : r.issuer())
            .thenComparing(r -> r.year() == null ? 0 : r.year());
}
