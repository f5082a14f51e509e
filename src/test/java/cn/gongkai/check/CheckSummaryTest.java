package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckSummaryTest {
    Report report(String id, Diagnostic... ds) {
        return Report.builder(ReportFormat.PRE2019).id(id).issuer(id).year(2015).diagnostics(List.of(ds)).build();
    }

    @Test
    void countsPerReportAndSumsOverARegionAndItsSubfolders() {
        Diagnostic e = Diagnostic.error("footnote-mismatch", "m", "x");
        Diagnostic w = Diagnostic.warning("table-missing", "m", "y");
        CheckSummary s = CheckSummary.of(List.of(report("sd/jx/a/2015", e, w), report("sd/jx/b/2015", w),
                report("sd/jxx/c/2015", e), report("hn/d/2015")));
        assertEquals(new CheckCounts(1, 1, 0), s.forReport("sd/jx/a/2015"));
        assertEquals(new CheckCounts(1, 2, 0), s.forRegion("sd/jx"));
        assertEquals(1, s.reportsWithErrors("sd/jx"));
        assertEquals(new CheckCounts(2, 2, 0), s.forRegion("sd"));
        assertEquals(new CheckCounts(2, 2, 0), s.forRegion(""));
        assertEquals(CheckCounts.NONE, s.forRegion("hn"));
        assertEquals(CheckCounts.NONE, s.forReport("nowhere/2015"));
    }
}
