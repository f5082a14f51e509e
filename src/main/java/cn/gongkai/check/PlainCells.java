package cn.gongkai.check;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every table cell of a report without its labels: cheap enough to scan 20,000 reports. The rules scan these
 * first and build the labelled {@link Report#cells()} only for a report that has something to say.
 */
final class PlainCells {
    private PlainCells() {
    }

    static List<Cell> of(Report r) {
        List<Cell> out = new ArrayList<>(220);
        Art20 a = r.art20();
        if (a != null) {
            out.add(a.rules().made());
            out.add(a.rules().repealed());
            out.add(a.rules().inForce());
            out.add(a.normativeDocuments().made());
            out.add(a.normativeDocuments().repealed());
            out.add(a.normativeDocuments().inForce());
            out.add(a.licensingDecisions());
            out.add(a.punishmentDecisions());
            out.add(a.coercionDecisions());
            out.add(a.feeIncome10kYuan());
        }
        if (r.applications() != null) {
            for (ApplicationRow row : r.applications().rows()) {
                out.addAll(r.applications().row(row));
            }
        }
        if (r.reviewLitigation() != null) {
            out.addAll(r.reviewLitigation().cells());
        }
        return out;
    }

    /** True when a number below 0 or with decimals appears (the 2019 table is always scanned in full). */
    static boolean mayHaveBadCount(Report r) {
        if (r.art20Format2019() != null) {
            return true;
        }
        for (Cell c : of(r)) {
            if (c instanceof Cell.Num n && (n.value().signum() < 0 || n.value().scale() > 0)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasUnknown(Report r) {
        if (r.art20Format2019() != null) {
            return true;
        }
        for (Cell c : of(r)) {
            if (c.isUnknown()) {
                return true;
            }
        }
        return false;
    }
}
