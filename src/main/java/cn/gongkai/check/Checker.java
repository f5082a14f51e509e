package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        Map<Report, List<Diagnostic>> found = new IdentityHashMap<>();
        for (Report r : reports) {
            found.put(r, new ArrayList<>(diagnose(r)));
        }
        for (List<Report> group : CrossYearRules.byIssuer(reports).values()) {
            crossYear.check(group, found);
        }
        List<Report> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            out.add(r.withMoreDiagnostics(found.get(r)));
        }
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Report> ORDER = Comparator
            .comparing((Report r) -> r.id() == null ? "\uffff" : r.id())
            .thenComparing(r -> r.issuer() == null ? "" : r.issuer())
            .thenComparing(r -> r.year() == null ? 0 : r.year());
}
