package cn.gongkai.check;

import cn.gongkai.model.Report;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of check results per report and per region, for the township and county pages. Build it from the
 * reports {@link Checker#checkAll} returned.
 */
public final class CheckSummary {
    private final SortedMap<String, CheckCounts> byReport;

    private CheckSummary(SortedMap<String, CheckCounts> byReport) {
        this.byReport = Collections.unmodifiableSortedMap(byReport);
    }

    public static CheckSummary of(Iterable<Report> checked) {
        SortedMap<String, CheckCounts> m = new TreeMap<>();
        for (Report r : checked) {
            if (r.id() != null) {
                m.put(r.id(), CheckCounts.of(r.diagnostics()));
            }
        }
        return new CheckSummary(m);
    }

    /** Report id to its counts, sorted by id. */
    public SortedMap<String, CheckCounts> byReport() {
        return byReport;
    }

    /** The counts of one report ({@link CheckCounts#NONE} when unknown). */
    public CheckCounts forReport(String id) {
        return byReport.getOrDefault(id, CheckCounts.NONE);
    }

    /**
     * The sum over every report in a region folder and below it, e.g. {@code shandong/jining/jinxiang} for a
     * county; {@code ""} for the whole portal.
     */
    public CheckCounts forRegion(String regionPath) {
        CheckCounts sum = CheckCounts.NONE;
        String prefix = regionPath.isEmpty() ? "" : regionPath + "/";
        for (var e : byReport.tailMap(prefix).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            sum = sum.plus(e.getValue());
        }
        return sum;
    }

    /** How many reports in the region have at least one error. */
    public int reportsWithErrors(String regionPath) {
        String prefix = regionPath.isEmpty() ? "" : regionPath + "/";
        int n = 0;
        for (var e : byReport.tailMap(prefix).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            if (e.getValue().errors() > 0) {
                n++;
            }
        }
        return n;
    }
}
