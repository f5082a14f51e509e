package cn.gongkai.content.generate;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;

import java.math.BigDecimal;

/**
 * The tables of one township's report for one year. Exactly one of {@code art20} and {@code art20Format2019}
 * is set, by format.
 *
 * @param proactiveTotal 主动公开 count stated in 总体情况, or null when the report gives none
 */
record YearFigures(int year, ReportFormat format, Integer proactiveTotal, Art20 art20,
                   Art20Format2019 art20Format2019, ApplicationTable applications,
                   ReviewLitigation reviewLitigation) {

    /** The applications total of a row, or -1 when that cell is not a number. */
    int total(ApplicationRow row) {
        return whole(applications.cell(row, ApplicantColumn.TOTAL));
    }

    /** Sum of the 行政复议 and 行政诉讼 totals (only the number cells). */
    int reviewAndLitigationCases() {
        return Math.max(0, whole(reviewLitigation.review().total()))
                + Math.max(0, whole(reviewLitigation.litigationDirect().total()))
                + Math.max(0, whole(reviewLitigation.litigationAfterReview().total()));
    }

    int reviewCases() {
        return Math.max(0, whole(reviewLitigation.review().total()));
    }

    static int whole(Cell cell) {
        BigDecimal v = cell.numberOrNull();
        return v == null ? -1 : v.intValue();
    }
}
