package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.TableCell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The errors of the data contract: the report contradicts itself. Each rule applies only where every cell it
 * involves is a number; {@code /} and unknown cells are never counted as 0.
 */
final class ArithmeticRules {
    /** Cells that may hold decimals or negative numbers by design. */
    private static final Set<String> DECIMAL_COLUMNS = Set.of("art20.fee_income_10k_yuan",
            "art20_2019.procurement.procurement_amount");
    private static final Set<String> SIGNED_COLUMNS = Set.of("change");

    private ArithmeticRules() {
    }

    static void check(Report r, List<Diagnostic> out) {
        counts(r, out);
        ApplicationTable t = r.applications();
        if (t != null && !addsUp(t)) {
            footnote(t, out);
            rowTotals(t, out);
            resultTotals(t, out);
        }
        if (r.reviewLitigation() != null) {
            for (ReviewGroup g : ReviewGroup.values()) {
                reviewTotal(g, r.reviewLitigation().group(g), out);
            }
        }
    }

    /** Rule 5: counts are whole numbers ≥ 0 (amounts may have decimals, 2019 本年增/减 may be negative). */
    private static void counts(Report r, List<Diagnostic> out) {
        if (!PlainCells.mayHaveBadCount(r)) {
            return;
        }
        for (TableCell c : r.cells()) {
            BigDecimal v = c.cell().numberOrNull();
            if (v == null) {
                continue;
            }
            if (v.signum() < 0 && !SIGNED_COLUMNS.contains(c.column())) {
                out.add(Diagnostic.error(Codes.NEGATIVE_COUNT, where(c) + "是负数 " + v.toPlainString()
                        + "；件数和金额不能小于 0，请按原报告核对", c.path()));
            }
            if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 && !DECIMAL_COLUMNS.contains(c.path())) {
                out.add(Diagnostic.error(Codes.NOT_WHOLE, where(c) + "是小数 " + v.toPlainString()
                        + "；这一栏应为整数（件数），请按原报告核对", c.path()));
            }
        }
    }

    /** The part and label of a cell, as the count rule's messages name it. */
    private static String where(TableCell c) {
        return Labels.part(c.table()) + "“" + c.label() + "”";
    }

    /**
     * True when every cell of the application table is a whole number small enough to add as a {@code long}
     * and rules 1 to 3 hold: then none of them has anything to say, and the exact {@link BigDecimal} rules are
     * skipped (they run whenever this cannot tell).
     */
    private static boolean addsUp(ApplicationTable t) {
        List<ApplicationRow> rows = t.rows();
        int columns = ApplicantColumn.values().length;
        long[] resultSums = new long[columns];
        for (ApplicationRow row : rows) {
            long sum = 0;
            for (ApplicantColumn c : ApplicantColumn.values()) {
                long v = small(t.cell(row, c));
                if (v < 0) {
                    return false;
                }
                if (c != ApplicantColumn.TOTAL) {
                    sum += v;
                }
                if (row.isResult()) {
                    resultSums[c.ordinal()] += v;
                }
            }
            if (sum != small(t.cell(row, ApplicantColumn.TOTAL))) {
                return false;
            }
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            long processed = small(t.cell(ApplicationRow.TOTAL_PROCESSED, c));
            if (resultSums[c.ordinal()] != processed || small(t.cell(ApplicationRow.NEW_RECEIVED, c))
                    + small(t.cell(ApplicationRow.CARRIED_OVER, c)) != processed
                    + small(t.cell(ApplicationRow.CARRIED_FORWARD, c))) {
                return false;
            }
        }
        return true;
    }

    /** A whole number 0 ≤ v < 2^40 as a long, else −1. */
    private static long small(Cell c) {
        if (c instanceof Cell.Num n) {
            BigDecimal v = n.value();
            if (v.scale() == 0 && v.signum() >= 0 && v.compareTo(LIMIT) < 0) {
                return v.longValue();
            }
        }
        return -1;
    }

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1L << 40);

    /** Rule 1: per column, 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
    private static void footnote(ApplicationTable t, List<Diagnostic> out) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            BigDecimal n = num(t.cell(ApplicationRow.NEW_RECEIVED, c));
            BigDecimal o = num(t.cell(ApplicationRow.CARRIED_OVER, c));
            BigDecimal p = num(t.cell(ApplicationRow.TOTAL_PROCESSED, c));
            BigDecimal f = num(t.cell(ApplicationRow.CARRIED_FORWARD, c));
            if (n == null || o == null || p == null || f == null) {
                continue;
            }
            if (n.add(o).compareTo(p.add(f)) != 0) {
                out.add(Diagnostic.error(Codes.FOOTNOTE_MISMATCH, "第三部分“" + c.label() + "”列：新收 " + s(n)
                        + " + 上年结转 " + s(o) + " = " + s(n.add(o)) + "，但办理结果总计 " + s(p) + " + 结转下年度 "
                        + s(f) + " = " + s(p.add(f)) + "；表格注明第一项加第二项之和应等于第三项加第四项之和",
                        "applications.total_processed." + c.key()));
            }
        }
    }

    /** Rule 2: per row, 总计 = the sum of the six applicant columns. */
    private static void rowTotals(ApplicationTable t, List<Diagnostic> out) {
        for (ApplicationRow row : t.rows()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean all = true;
            for (ApplicantColumn c : ApplicantColumn.values()) {
                if (c == ApplicantColumn.TOTAL) {
                    continue;
                }
                BigDecimal v = num(t.cell(row, c));
                if (v == null) {
                    all = false;
                    break;
                }
                sum = sum.add(v);
            }
            BigDecimal total = num(t.cell(row, ApplicantColumn.TOTAL));
            if (all && total != null && sum.compareTo(total) != 0) {
                out.add(Diagnostic.error(Codes.ROW_TOTAL_MISMATCH, "第三部分“" + Labels.row(row) + "”行：六类申请人（自然人至其他）之和为 "
                        + s(sum) + "，但“总计”列写的是 " + s(total), "applications." + row.key() + ".total"));
            }
        }
    }

    /** Rule 3: per column, （七）总计 = the sum of the result rows （一）…（六）. */
    private static void resultTotals(ApplicationTable t, List<Diagnostic> out) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean all = true;
            for (ApplicationRow row : t.rows()) {
                if (!row.isResult()) {
                    continue;
                }
                BigDecimal v = num(t.cell(row, c));
                if (v == null) {
                    all = false;
                    break;
                }
                sum = sum.add(v);
            }
            BigDecimal total = num(t.cell(ApplicationRow.TOTAL_PROCESSED, c));
            if (all && total != null && sum.compareTo(total) != 0) {
                out.add(Diagnostic.error(Codes.RESULT_TOTAL_MISMATCH, "第三部分“" + c.label()
                        + "”列：各项办理结果（（一）予以公开至（六）其他处理）之和为 " + s(sum) + "，但“（七）总计”写的是 "
                        + s(total), "applications.total_processed." + c.key()));
            }
        }
    }

    /** Rule 4: per group of part 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    private static void reviewTotal(ReviewGroup g, ReviewOutcome o, List<Diagnostic> out) {
        BigDecimal[] parts = new BigDecimal[4];
        BigDecimal sum = BigDecimal.ZERO;
        int k = 0;
        for (ReviewColumn c : ReviewColumn.values()) {
            if (c != ReviewColumn.TOTAL) {
                BigDecimal v = num(o.cell(c));
                if (v == null) {
                    return;
                }
                parts[k++] = v;
                sum = sum.add(v);
            }
        }
        BigDecimal total = num(o.total());
        if (total == null) {
            return;
        }
        if (sum.compareTo(total) != 0) {
            out.add(Diagnostic.error(Codes.REVIEW_TOTAL_MISMATCH, "第四部分“" + g.label() + "”：结果维持 " + s(parts[0])
                    + " + 结果纠正 " + s(parts[1]) + " + 其他结果 " + s(parts[2]) + " + 尚未审结 " + s(parts[3])
                    + " = " + s(sum) + "，但“总计”写的是 " + s(total), "review_litigation." + g.key() + ".total"));
        }
    }

    static BigDecimal num(Cell c) {
        return c.numberOrNull();
    }

    static String s(BigDecimal v) {
        return v.toPlainString();
    }
}
