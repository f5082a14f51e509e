package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gongkai.check.Reports.codes;
import static cn.gongkai.check.Reports.consistent;
import static cn.gongkai.check.Reports.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessRulesTest {
    final Checker checker = new Checker();

    @Test
    void warnsForEachMissingTableOfItsFormat() {
        Report r = consistent().toBuilder().art20(null).reviewLitigation(null).build();
        List<Diagnostic> ds = checker.diagnose(r);
        assertEquals(List.of(
                Diagnostic.warning("table-missing", "第二部分“主动公开政府信息情况”的表格缺失或无法读取：表中各项数字未知（不是 0）", "art20"),
                Diagnostic.warning("table-missing", "第四部分“政府信息公开行政复议、行政诉讼情况”的表格缺失或无法读取：表中各项数字未知（不是 0）",
                        "review_litigation")), ds);
    }

    @Test
    void expectsNoTablesInPre2019Reports() {
        Report r = Report.builder(ReportFormat.PRE2019).id("a/2015").issuer("甲镇人民政府").year(2015).build();
        assertEquals(List.of(), checker.diagnose(r));
    }

    @Test
    void namesTheUnknownRowsAndTheSingleUnknownCells() {
        Report r = consistent();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            r = withCell(r, ApplicationRow.OTHER_OTHER, c, Cell.UNKNOWN);
        }
        r = withCell(r, ApplicationRow.GRANTED, ApplicantColumn.OTHER_ORG, Cell.UNKNOWN);
        List<Diagnostic> ds = checker.diagnose(r);
        assertEquals(List.of("cells-unknown", "rows-unknown"), codes(ds));
        assertEquals("第三部分有 1 个单元格无法读取（未知，不是 0）：“（一）予以公开 其他”", ds.get(0).message());
        assertEquals("applications.granted.other_org", ds.get(0).location());
        assertEquals("第三部分有 1 行缺失或无法读取（未知，不是 0）：“（六）3.其他”", ds.get(1).message());
        assertEquals("applications.other_other", ds.get(1).location());
    }

    @Test
    void treatsATableOfUnknownCellsAsMissing() {
        Report r = consistent();
        for (ApplicationRow row : r.applications().rows()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                r = withCell(r, row, c, Cell.UNKNOWN);
            }
        }
        List<Diagnostic> ds = checker.diagnose(r.toBuilder().sections(null).build());
        assertEquals(List.of(Diagnostic.warning("table-missing",
                "第三部分“收到和处理政府信息公开申请情况”的表格在，但所有单元格都无法读取（未知）", "applications")), ds);
    }
}
