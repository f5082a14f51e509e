package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

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
        // One pass on all cores: a piece is a run of consecutive issuers' groups (or of reports in no group); each
        // report of a piece gets its single-report diagnostics, then its group's cross-year ones, then is
        // finished. The cores take the next piece as they become free, so none waits long for the other; the
        // shingle table of one group is used again by the next group's on the same core. Each report's list is
        // written by one piece only and results are sorted, so the outcome never depends on timing.
        int[][] pieces = pieces(reports);
        Report[] checked = new Report[reports.size()];
        AtomicInteger next = new AtomicInteger();
        int cores = Math.min(pieces.length, ForkJoinPool.getCommonPoolParallelism() + 1);
        // this thread and cores − 1 tasks of the common pool (a task not started when this thread is done runs here,
        // finding no piece left)
        Runnable core = () -> checkPieces(reports, pieces, next, checked);
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[Math.max(0, cores - 1)];
        for (int c = 0; c < others.length; c++) {
            others[c] = ForkJoinPool.commonPool().submit(core);
        }
        core.run();
        for (ForkJoinTask<?> other : others) {
            other.join();
        }
        List<Report> out = new ArrayList<>(Arrays.asList(checked));
        out.sort(ORDER);
        return out;
    }

    /** Checks the pieces one core takes from {@code next}, until none is left. */
    private void checkPieces(List<Report> reports, int[][] pieces, AtomicInteger next, Report[] checked) {
        GroupShingles shingles = new GroupShingles();
        List<Report> group = new ArrayList<>();
        List<List<Diagnostic>> found = new ArrayList<>();
        for (int p; (p = next.getAndIncrement()) < pieces.length; ) {
            int[] piece = pieces[p];
            // a piece: [length, i, i, ..., length, i, ...]
            for (int at = 0; at < piece.length; at += piece[at] + 1) {
                group.clear();
                found.clear();
                for (int k = 1; k <= piece[at]; k++) {
                    Report r = reports.get(piece[at + k]);
                    group.add(r);
                    found.add(diagnose(r)); // a list of its own, written by this piece only
                }
                if (piece[at] > 1) { // a group of one (or a report in no group) has no pairs
                    crossYear.check(group, found, reuse, shingles);
                }
                for (int k = 1; k <= piece[at]; k++) {
                    checked[piece[at + k]] = group.get(k - 1).withMoreDiagnostics(found.get(k - 1));
                }
            }
        }
    }

    /** Reports a piece of {@link #checkAll} holds, about: small enough for the cores to end together. */
    private static final int PIECE_REPORTS = 32;

    /**
     * The pieces of {@link #checkAll}: runs of consecutive issuers' groups (as {@link CrossYearRules#byIssuer}
     * makes them, each sorted by year), then the reports in no group, one by one; each group written as its length
     * and its reports' indexes.
     */
    private static int[][] pieces(List<Report> reports) {
        Map<Report, Integer> index = new IdentityHashMap<>(2 * reports.size());
        for (int i = 0; i < reports.size(); i++) {
            index.put(reports.get(i), i);
        }
        boolean[] grouped = new boolean[reports.size()];
        List<int[]> lists = new ArrayList<>();
        for (List<Report> group : CrossYearRules.byIssuer(reports).values()) {
            int[] members = new int[group.size()];
            for (int m = 0; m < members.length; m++) {
                members[m] = index.get(group.get(m));
                grouped[members[m]] = true;
            }
            lists.add(members);
        }
        for (int i = 0; i < reports.size(); i++) {
            if (!grouped[i]) {
                lists.add(new int[] {i});
            }
        }
        List<int[]> out = new ArrayList<>();
        int[] piece = new int[2 * PIECE_REPORTS];
        int used = 0;
        int held = 0;
        for (int[] members : lists) {
            if (used + members.length + 1 > piece.length) {
                piece = Arrays.copyOf(piece, Math.max(2 * piece.length, used + members.length + 1));
            }
            piece[used++] = members.length;
            System.arraycopy(members, 0, piece, used, members.length);
            used += members.length;
            held += members.length;
            if (held >= PIECE_REPORTS) {
                out.add(Arrays.copyOf(piece, used));
                used = 0;
                held = 0;
            }
        }
        if (used > 0) {
            out.add(Arrays.copyOf(piece, used));
        }
        return out.toArray(new int[0][]);
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

    /** By id (reports without id last), then issuer, then year. */
    static final Comparator<Report> ORDER = Checker::order;

    private static int order(Report a, Report b) {
        int c = (a.id() == null ? "\uffff" : a.id()).compareTo(b.id() == null ? "\uffff" : b.id());
        if (c == 0) {
            c = (a.issuer() == null ? "" : a.issuer()).compareTo(b.issuer() == null ? "" : b.issuer());
        }
        return c != 0 ? c : Integer.compare(a.year() == null ? 0 : a.year(), b.year() == null ? 0 : b.year());
    }
}
