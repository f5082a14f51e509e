package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;

import java.util.function.Predicate;

/**
 * Every table cell of a report without its labels: cheap enough to scan 20,000 reports. The rules scan these
 * first and build the labelled {@link Report#cells()} only for a report that has something to say.
 */
final class PlainCells {
    private PlainCells() {
    }

    /** True when some cell of the 2021 Article 20 table, the application table or part 四 passes {@code test}. */
    static boolean any(Report r, Predicate<Cell> test) {
        Art20 a = r.art20();
        if (a != null && (test.test(a.rules().made()) || test.test(a.rules().repealed())
                || test.test(a.rules().inForce()) || test.test(a.normativeDocuments().made())
                || test.test(a.normativeDocuments().repealed()) || test.test(a.normativeDocuments().inForce())
                || test.test(a.licensingDecisions()) || test.test(a.punishmentDecisions())
                || test.test(a.coercionDecisions()) || test.test(a.feeIncome10kYuan()))) {
            return true;
        }
        ApplicationTable t = r.applications();
        if (t != null) {
            for (ApplicationRow row : t.rows()) {
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    if (test.test(t.cell(row, c))) {
                        return true;
                    }
                }
            }
        }
        ReviewLitigation rl = r.reviewLitigation();
        if (rl != null) {
            for (ReviewGroup g : ReviewGroup.values()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    if (test.test(rl.group(g).cell(c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a number below 0 or with decimals appears (the 2019 table is always scanned in full). */
    static boolean mayHaveBadCount(Report r) {
        return r.art20Format2019() != null
                || any(r, c -> c instanceof Cell.Num n && (n.value().signum() < 0 || n.value().scale() > 0));
    }

    static boolean hasUnknown(Report r) {
        return r.art20Format2019() != null || any(r, Cell::isUnknown);
    }
}
