package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewLitigation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.gongkai.check.Reports.codes;
import static cn.gongkai.check.Reports.consistent;
import static cn.gongkai.check.Reports.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArithmeticRulesTest {
    final Checker checker = new Checker();

    @Test
    void aReportWhoseTablesAddUpHasNoDiagnostics() {
        assertEquals(List.of(), checker.diagnose(consistent()));
    }

    @Test
    void reportsTheFootnoteMismatchPerColumnWithTheNumbers() {
        Report r = withCell(withCell(consistent(), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, Cell.of(104)),
                ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, Cell.of(104));
        List<Diagnostic> ds = checker.diagnose(r);
        assertEquals(List.of("footnote-mismatch", "footnote-mismatch"), codes(ds));
        Diagnostic total = ds.stream().filter(d -> d.location().endsWith(".total")).findFirst().orElseThrow();
        assertEquals("第三部分“总计”列：新收 3119 + 上年结转 34 = 3153，但办理结果总计 3050 + 结转下年度 104 = 3154；"
                + "表格注明第一项加第二项之和应等于第三项加第四项之和", total.message());
        assertEquals("applications.total_processed.total", total.location());
    }

    @Test
    void reportsARowWhoseTotalIsNotTheSumOfItsColumns() {
        Report r = withCell(consistent(), ApplicationRow.DENIED_STATE_SECRET, ApplicantColumn.NATURAL_PERSON, Cell.of(3));
        List<Diagnostic> ds = checker.diagnose(r);
        Diagnostic row = ds.stream().filter(d -> d.code().equals("row-total-mismatch")).findFirst().orElseThrow();
        assertEquals("第三部分“三（三）不予公开1.属于国家秘密”行：六类申请人（自然人至其他）之和为 3，但“总计”列写的是 2",
                row.message());
        assertEquals("applications.denied_state_secret.total", row.location());
        assertTrue(codes(ds).contains("result-total-mismatch"));
    }

    @Test
    void reportsAColumnWhoseResultsDoNotAddUpToTheTotal() {
        Report r = withCell(consistent(), ApplicationRow.TOTAL_PROCESSED, ApplicantColumn.OTHER_ORG, Cell.of(5));
        List<Diagnostic> ds = checker.diagnose(r);
        Diagnostic d = ds.stream().filter(x -> x.code().equals("result-total-mismatch")).findFirst().orElseThrow();
        assertEquals("第三部分“其他”列：各项办理结果（（一）予以公开至（六）其他处理）之和为 4，但“（七）总计”写的是 5",
                d.message());
        assertEquals("applications.total_processed.other_org", d.location());
    }

    @Test
    void reportsAReviewGroupWhoseTotalIsWrong() {
        List<Cell> cells = new ArrayList<>(Reports.cells(Reports.HUAIAN_REVIEW));
        cells.set(4, Cell.of(350));
        Report r = consistent().toBuilder().reviewLitigation(ReviewLitigation.of(cells)).build();
        List<Diagnostic> ds = checker.diagnose(r);
        assertEquals(List.of(Diagnostic.error("review-total-mismatch",
                "第四部分“行政复议”：结果维持 72 + 结果纠正 64 + 其他结果 178 + 尚未审结 37 = 351，但“总计”写的是 350",
                "review_litigation.review.total")), ds);
    }

    @Test
    void skipsEveryRuleWhereACellIsNotApplicableOrUnknown() {
        Report r = withCell(consistent(), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, Cell.notApplicable());
        r = withCell(r, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, Cell.UNKNOWN);
        List<String> codes = codes(checker.diagnose(r));
        assertTrue(codes.stream().noneMatch(c -> c.endsWith("-mismatch")), codes.toString());
    }

    @Test
    void reportsNegativeAndFractionalCountsButAllowsDecimalAmounts() {
        Report r = withCell(consistent(), ApplicationRow.NOT_PROCESSED_PUBLICATION, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.of(-1));
        r = withCell(r, ApplicationRow.NOT_PROCESSED_EXCESSIVE, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.of(new BigDecimal("1.5")));
        List<Diagnostic> ds = checker.diagnose(r);
        Diagnostic neg = ds.stream().filter(d -> d.code().equals("negative-count")).findFirst().orElseThrow();
        assertEquals("applications.not_processed_publication.commercial_enterprise", neg.location());
        assertTrue(neg.message().contains("是负数 -1"));
        Diagnostic frac = ds.stream().filter(d -> d.code().equals("not-whole")).findFirst().orElseThrow();
        assertEquals("applications.not_processed_excessive.commercial_enterprise", frac.location());
        assertEquals(1, codes(ds).stream().filter(c -> c.equals("not-whole")).count(), "96171.6 万元 is allowed");
    }
}
