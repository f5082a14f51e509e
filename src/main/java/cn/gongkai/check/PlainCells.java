package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;


/**
 * Every table cell of a report without its labels: cheap enough to scan 20,000 reports. The rules scan these
 * first and build the labelled {@link Report#cells()} only for a report that has something to say.
 */
final class PlainCells {
    private PlainCells() {
    }

    /** True when some cell of the 2021 Article 20 table, the application table or part 四 is unknown. */
    private static boolean anyUnknown(Report r) {
        Art20 a = r.art20();
        if (a != null && (anyCount(a, true) || a.feeIncome10kYuan().isUnknown())) {
            return true;
        }
        return anyInParts3And4(r, true);
    }

    /**
     * Whether {@code c} is what a scan looks for: an unknown cell ({@code unknown}), or else a count below 0 or with
     * decimals. (A flag, not a {@code Predicate}: no lambda to link, one call fewer per cell.)
     */
    private static boolean test(Cell c, boolean unknown) {
        return unknown ? c.isUnknown() : bad(c, false, false);
    }

    /** True when one of the 2021 Article 20 table's counts (every cell but the 万元 amount) is what {@link #test} looks for. */
    private static boolean anyCount(Art20 a, boolean unknown) {
        return test(a.rules().made(), unknown) || test(a.rules().repealed(), unknown)
                || test(a.rules().inForce(), unknown) || test(a.normativeDocuments().made(), unknown)
                || test(a.normativeDocuments().repealed(), unknown) || test(a.normativeDocuments().inForce(), unknown)
                || test(a.licensingDecisions(), unknown) || test(a.punishmentDecisions(), unknown)
                || test(a.coercionDecisions(), unknown);
    }

    /** True when some cell of the application table or part 四 is what {@link #test} looks for. */
    private static boolean anyInParts3And4(Report r, boolean unknown) {
        ApplicationTable t = r.applications();
        if (t != null) {
            for (ApplicationRow row : t.rows()) {
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    if (test(t.cell(row, c), unknown)) {
                        return true;
                    }
                }
            }
        }
        ReviewLitigation rl = r.reviewLitigation();
        if (rl != null) {
            for (ReviewGroup g : ReviewGroup.values()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    if (test(rl.group(g).cell(c), unknown)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when a number below 0 or with decimals appears where the table does not allow it (2019 本年增/减 may be
     * negative; 万元 amounts may have decimals): only then can the count rule find something.
     */
    static boolean mayHaveBadCount(Report r) {
        Art20Format2019 a = r.art20Format2019();
        if (a != null && (anyBad2019(a) || bad(a.fees().prevYearItems(), false, false)
                || bad(a.fees().change(), true, false) || bad(a.procurement().procurementItems(), false, false)
                || bad(a.procurement().procurementAmount(), false, true))) {
            return true;
        }
        Art20 b = r.art20();
        if (b != null && (anyCount(b, false) || bad(b.feeIncome10kYuan(), false, true))) {
            return true;
        }
        return anyInParts3And4(r, false);
    }

    private static boolean anyBad2019(Art20Format2019 a) {
        for (Art20Format2019.Published p : new Art20Format2019.Published[]{a.rules(), a.normativeDocuments()}) {
            if (bad(p.newlyMade(), false, false) || bad(p.newlyPublished(), false, false)
                    || bad(p.totalPublished(), false, false)) {
                return true;
            }
        }
        for (Art20Format2019.Items i : new Art20Format2019.Items[]{a.licensing(), a.otherServices(), a.punishment(),
                a.coercion()}) {
            if (bad(i.prevYearItems(), false, false) || bad(i.change(), true, false) || bad(i.decisions(), false, false)) {
                return true;
            }
        }
        return false;
    }

    /** A number that is negative where that is not allowed, or has decimals where they are not allowed. */
    private static boolean bad(Cell c, boolean signed, boolean decimal) {
        return c instanceof Cell.Num n && (!signed && n.value().signum() < 0 || !decimal && n.value().scale() > 0);
    }

    static boolean hasUnknown(Report r) {
        Art20Format2019 a = r.art20Format2019();
        if (a != null) {
            for (Art20Format2019.Published p : new Art20Format2019.Published[]{a.rules(), a.normativeDocuments()}) {
                if (p.newlyMade().isUnknown() || p.newlyPublished().isUnknown() || p.totalPublished().isUnknown()) {
                    return true;
                }
            }
            for (Art20Format2019.Items i : new Art20Format2019.Items[]{a.licensing(), a.otherServices(),
                    a.punishment(), a.coercion()}) {
                if (i.prevYearItems().isUnknown() || i.change().isUnknown() || i.decisions().isUnknown()) {
                    return true;
                }
            }
            if (a.fees().prevYearItems().isUnknown() || a.fees().change().isUnknown()
                    || a.procurement().procurementItems().isUnknown() || a.procurement().procurementAmount().isUnknown()) {
                return true;
            }
        }
        return anyUnknown(r);
    }
}
