package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Warnings that compare a report with the same issuer's other years: 结转 between consecutive years, and
 * narrative text copied from the previous report. Reports are grouped by region folder (the id without the
 * year), or by issuer when they have no id.
 */
final class CrossYearRules {
    private final double copiedThreshold;
    private final int minimumShingles;

    CrossYearRules(double copiedThreshold, int minimumShingles) {
        this.copiedThreshold = copiedThreshold;
        this.minimumShingles = minimumShingles;
    }

    /** Groups of the same issuer, each sorted by year; reports without a year are left out. */
    static Map<String, List<Report>> byIssuer(List<Report> reports) {
        Map<String, List<Report>> out = new TreeMap<>();
        for (Report r : reports) {
            String key = issuerKey(r);
            if (key != null && r.year() != null) {
                List<Report> group = out.get(key);
                if (group == null) {
                    group = new ArrayList<>();
                    out.put(key, group);
                }
                group.add(r);
            }
        }
        for (List<Report> group : out.values()) {
            group.sort(BY_YEAR);
        }
        return out;
    }

    private static final Comparator<Report> BY_YEAR = (a, b) -> a.year().compareTo(b.year());

    static String issuerKey(Report r) {
        if (r.id() != null) {
            int slash = r.id().lastIndexOf('/');
            return "id:" + (slash < 0 ? r.id() : r.id().substring(0, slash));
        }
        return r.issuer() == null ? null : "issuer:" + r.issuer();
    }

    /**
     * Adds, for each report of an issuer's group (sorted by year), the diagnostics found against its predecessor to
     * {@code out.get(k)} for {@code group.get(k)}, and puts the share of each report's narrative found in its
     * predecessor's into {@code shares} (keyed by {@link #pairKey}); {@code shingles} counts the group's shingles
     * (one per core, used again for the next group).
     */
    void check(List<Report> group, List<List<Diagnostic>> out, Map<String, Double> shares, GroupShingles shingles) {
        // the shingles each report shares with the one before are counted while its own are found, once for the
        // share and the similarity
        shingles.count(group);
        for (int k = 1; k < group.size(); k++) {
            Report previous = group.get(k - 1);
            Report r = group.get(k);
            if (previous.year().equals(r.year() - 1)) {
                carryOver(previous, r, out.get(k));
            }
            String pair = pairKey(previous, r);
            int size = shingles.size(k);
            int previousSize = shingles.size(k - 1);
            int common = shingles.commonWithPrevious(k);
            if (pair != null) {
                shares.put(pair, TextReuse.reusedFrom(size, common));
            }
            if (previousSize >= minimumShingles && size >= minimumShingles) {
                double similarity = TextReuse.jaccard(size, previousSize, common);
                if (similarity >= copiedThreshold) {
                    out.get(k).add(Diagnostic.warning(Codes.COPIED_TEXT, "叙述文字与 " + previous.year()
                            + " 年的报告几乎相同（相似度 " + percent(similarity) + "，本年文字有 "
                            + percent(TextReuse.reusedFrom(size, common)) + " 在上一份报告中出现过）；请核对各部分写的是否是本年的情况",
                            "sections"));
                }
            }
        }
    }

    /** The key of a (previous, current) pair of reports with ids, else null. */
    static String pairKey(Report previous, Report current) {
        return previous.id() == null || current.id() == null ? null : previous.id() + "\n" + current.id();
    }

    private static void carryOver(Report prev, Report cur, List<Diagnostic> out) {
        if (prev.applications() == null || cur.applications() == null) {
            return;
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            BigDecimal forward = prev.applications().cell(ApplicationRow.CARRIED_FORWARD, c).numberOrNull();
            BigDecimal over = cur.applications().cell(ApplicationRow.CARRIED_OVER, c).numberOrNull();
            if (forward != null && over != null && forward.compareTo(over) != 0) {
                out.add(Diagnostic.warning(Codes.CARRY_OVER_MISMATCH, "第三部分“二、上年结转政府信息公开申请数量”的“"
                        + c.label() + "”列是 " + over.toPlainString() + "，但 " + prev.year()
                        + " 年报告的“四、结转下年度继续办理”是 " + forward.toPlainString() + "；两者应相同",
                        "applications.carried_over." + c.key()));
            }
        }
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
