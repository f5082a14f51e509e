package cn.gongkai.site;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewGroup;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The headline figures shown in overviews, trends and comparisons. Each reads one cell of a report; a
 * figure the report does not have is unknown (never 0).
 */
public enum Headline {
    PROACTIVE("proactive_total", "主动公开", "条", r -> r.proactiveTotal() == null ? Cell.UNKNOWN
            : Cell.of(BigDecimal.valueOf(r.proactiveTotal()))),
    NEW_RECEIVED("new_received", "新收申请", "件", r -> application(r, ApplicationRow.NEW_RECEIVED)),
    TOTAL_PROCESSED("total_processed", "办理总计", "件", r -> application(r, ApplicationRow.TOTAL_PROCESSED)),
    GRANTED("granted", "予以公开", "件", r -> application(r, ApplicationRow.GRANTED)),
    CARRIED_FORWARD("carried_forward", "结转下年", "件", r -> application(r, ApplicationRow.CARRIED_FORWARD)),
    REVIEW("review_total", "行政复议", "件", r -> review(r, ReviewGroup.REVIEW)),
    LITIGATION_DIRECT("litigation_direct_total", "行政诉讼（直接起诉）", "件",
            r -> review(r, ReviewGroup.LITIGATION_DIRECT)),
    LITIGATION_AFTER_REVIEW("litigation_after_review_total", "行政诉讼（复议后起诉）", "件",
            r -> review(r, ReviewGroup.LITIGATION_AFTER_REVIEW)),
    FEE_INCOME("fee_income_10k_yuan", "行政事业性收费", "万元",
            r -> r.art20() == null ? Cell.UNKNOWN : r.art20().feeIncome10kYuan());

    private final String key;
    private final String label;
    private final String unit;
    private final Function<Report, Cell> reader;

    Headline(String key, String label, String unit, Function<Report, Cell> reader) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.reader = reader;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public Cell of(Report report) {
        return reader.apply(report);
    }

    private static Cell application(Report r, ApplicationRow row) {
        if (r.applications() == null || !r.applications().rows().contains(row)) {
            return Cell.UNKNOWN;
        }
        return r.applications().cell(row, ApplicantColumn.TOTAL);
    }

    private static Cell review(Report r, ReviewGroup g) {
        return r.reviewLitigation() == null ? Cell.UNKNOWN : r.reviewLitigation().group(g).total();
    }
}
