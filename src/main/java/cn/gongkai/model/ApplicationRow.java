package cn.gongkai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of the application table (part 三), in table order. {@link #OTHER_TOTAL} exists only in the 2019
 * format, where （六）其他处理 is one row instead of the three {@code other_*} rows.
 */
public enum ApplicationRow {
    NEW_RECEIVED("new_received", "一、本年新收政府信息公开申请数量", null, null),
    CARRIED_OVER("carried_over", "二、上年结转政府信息公开申请数量", null, null),
    GRANTED("granted", "（一）予以公开", Group.RESULTS, null),
    PARTIALLY_GRANTED("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group.RESULTS, null),
    DENIED_STATE_SECRET("denied_state_secret", "1.属于国家秘密", Group.RESULTS, "（三）不予公开"),
    DENIED_PROHIBITED_BY_LAW("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", Group.RESULTS, "（三）不予公开"),
    DENIED_THREE_SECURITIES_ONE_STABILITY("denied_three_securities_one_stability", "3.危及“三安全一稳定”",
            Group.RESULTS, "（三）不予公开"),
    DENIED_THIRD_PARTY_RIGHTS("denied_third_party_rights", "4.保护第三方合法权益", Group.RESULTS, "（三）不予公开"),
    DENIED_INTERNAL_AFFAIRS("denied_internal_affairs", "5.属于三类内部事务信息", Group.RESULTS, "（三）不予公开"),
    DENIED_PROCESS_INFORMATION("denied_process_information", "6.属于四类过程性信息", Group.RESULTS, "（三）不予公开"),
    DENIED_ENFORCEMENT_CASE_FILE("denied_enforcement_case_file", "7.属于行政执法案卷", Group.RESULTS, "（三）不予公开"),
    DENIED_ADMINISTRATIVE_QUERY("denied_administrative_query", "8.属于行政查询事项", Group.RESULTS, "（三）不予公开"),
    UNABLE_NOT_HELD("unable_not_held", "1.本机关不掌握相关政府信息", Group.RESULTS, "（四）无法提供"),
    UNABLE_NEEDS_CREATION("unable_needs_creation", "2.没有现成信息需要另行制作", Group.RESULTS, "（四）无法提供"),
    UNABLE_UNCLEAR_AFTER_CORRECTION("unable_unclear_after_correction", "3.补正后申请内容仍不明确", Group.RESULTS,
            "（四）无法提供"),
    NOT_PROCESSED_PETITION_COMPLAINT("not_processed_petition_complaint", "1.信访举报投诉类申请", Group.RESULTS,
            "（五）不予处理"),
    NOT_PROCESSED_DUPLICATE("not_processed_duplicate", "2.重复申请", Group.RESULTS, "（五）不予处理"),
    NOT_PROCESSED_PUBLICATION("not_processed_publication", "3.要求提供公开出版物", Group.RESULTS, "（五）不予处理"),
    NOT_PROCESSED_EXCESSIVE("not_processed_excessive", "4.无正当理由大量反复申请", Group.RESULTS, "（五）不予处理"),
    NOT_PROCESSED_CONFIRM_OR_REISSUE("not_processed_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息",
            Group.RESULTS, "（五）不予处理"),
    OTHER_NO_CORRECTION("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            Group.RESULTS, "（六）其他处理"),
    OTHER_FEE_UNPAID("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            Group.RESULTS, "（六）其他处理"),
    OTHER_OTHER("other_other", "3.其他", Group.RESULTS, "（六）其他处理"),
    OTHER_TOTAL("other_total", "（六）其他处理", Group.RESULTS, null),
    TOTAL_PROCESSED("total_processed", "（七）总计", Group.RESULTS, null),
    CARRIED_FORWARD("carried_forward", "四、结转下年度继续办理", null, null);

    /** The merged row header a row sits under, if any. */
    public enum Group {
        RESULTS("三、本年度办理结果");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String key;
    private final String label;
    private final Group group;
    private final String subgroup;

    ApplicationRow(String key, String label, Group group, String subgroup) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.subgroup = subgroup;
    }

    public String key() {
        return key;
    }

    /** The row's own label as printed in the official table (without its group headers). */
    public String label() {
        return label;
    }

    /** {@code 三、本年度办理结果} for the result rows, else null. */
    public Group group() {
        return group;
    }

    /** The merged sub-header such as {@code （三）不予公开}, else null. */
    public String subgroup() {
        return subgroup;
    }

    /** The full label, e.g. {@code 三（三）1.属于国家秘密}. */
    public String fullLabel() {
        return (subgroup == null ? "" : subgroup) + label;
    }

    /** True for the rows whose sum is {@code total_processed} (（一）…（六）). */
    public boolean isResult() {
        return group == Group.RESULTS && this != TOTAL_PROCESSED;
    }

    private static final List<ApplicationRow> ROWS_2021;
    private static final List<ApplicationRow> ROWS_2019;

    static {
        List<ApplicationRow> r2021 = new ArrayList<>();
        List<ApplicationRow> r2019 = new ArrayList<>();
        for (ApplicationRow row : values()) {
            if (row != OTHER_TOTAL) {
                r2021.add(row);
            }
            if (row != OTHER_NO_CORRECTION && row != OTHER_FEE_UNPAID && row != OTHER_OTHER) {
                r2019.add(row);
            }
        }
        ROWS_2021 = Collections.unmodifiableList(r2021);
        ROWS_2019 = Collections.unmodifiableList(r2019);
    }

    /** The rows of the table in the given format, in table order (25 for 2021, 23 for 2019). */
    public static List<ApplicationRow> rowsOf(ReportFormat format) {
        return format == ReportFormat.F2019 ? ROWS_2019 : ROWS_2021;
    }

    public static ApplicationRow fromKey(String key) {
        for (ApplicationRow r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown application row '" + key + "'");
    }
}
