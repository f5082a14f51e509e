package cn.gongkai.source.report;

import cn.gongkai.model.ApplicationRow;

/**
 * A table row the parser can recognise by its label: an Article 20 item or an application-table row.
 * {@code phrases} are distinctive parts of the label in normalised form (simplified, half-width brackets,
 * no spaces); report variants are listed too.
 */
enum RowTarget {
    A20_RULES(null, "规章"),
    A20_NORMATIVE(null, "规范性文件"),
    A20_LICENSING(null, "行政许可"),
    A20_OTHER_SERVICES(null, "其他对外管理服务事项", "对外管理服务事项"),
    A20_PUNISHMENT(null, "行政处罚"),
    A20_COERCION(null, "行政强制"),
    A20_FEES(null, "行政事业性收费"),
    A20_PROCUREMENT(null, "政府集中采购"),
    NEW_RECEIVED(ApplicationRow.NEW_RECEIVED, "本年新收"),
    CARRIED_OVER(ApplicationRow.CARRIED_OVER, "上年结转"),
    GRANTED(ApplicationRow.GRANTED, "予以公开"),
    PARTIALLY_GRANTED(ApplicationRow.PARTIALLY_GRANTED, "部分公开"),
    DENIED_STATE_SECRET(ApplicationRow.DENIED_STATE_SECRET, "国家秘密"),
    DENIED_PROHIBITED_BY_LAW(ApplicationRow.DENIED_PROHIBITED_BY_LAW, "禁止公开", "法律行政法规禁止"),
    DENIED_THREE_SECURITIES(ApplicationRow.DENIED_THREE_SECURITIES_ONE_STABILITY, "三安全一稳定", "危及"),
    DENIED_THIRD_PARTY(ApplicationRow.DENIED_THIRD_PARTY_RIGHTS, "第三方合法权益", "保护第三方"),
    DENIED_INTERNAL_AFFAIRS(ApplicationRow.DENIED_INTERNAL_AFFAIRS, "内部事务"),
    DENIED_PROCESS_INFORMATION(ApplicationRow.DENIED_PROCESS_INFORMATION, "过程性信息"),
    DENIED_ENFORCEMENT_CASE_FILE(ApplicationRow.DENIED_ENFORCEMENT_CASE_FILE, "行政执法案卷"),
    DENIED_ADMINISTRATIVE_QUERY(ApplicationRow.DENIED_ADMINISTRATIVE_QUERY, "行政查询"),
    UNABLE_NOT_HELD(ApplicationRow.UNABLE_NOT_HELD, "不掌握"),
    UNABLE_NEEDS_CREATION(ApplicationRow.UNABLE_NEEDS_CREATION, "另行制作", "没有现成信息"),
    UNABLE_UNCLEAR(ApplicationRow.UNABLE_UNCLEAR_AFTER_CORRECTION, "仍不明确", "补正后申请内容"),
    NOT_PROCESSED_PETITION(ApplicationRow.NOT_PROCESSED_PETITION_COMPLAINT, "信访举报投诉", "信访举报"),
    NOT_PROCESSED_DUPLICATE(ApplicationRow.NOT_PROCESSED_DUPLICATE, "重复申请"),
    NOT_PROCESSED_PUBLICATION(ApplicationRow.NOT_PROCESSED_PUBLICATION, "公开出版物"),
    NOT_PROCESSED_EXCESSIVE(ApplicationRow.NOT_PROCESSED_EXCESSIVE, "大量反复", "无正当理由大"),
    NOT_PROCESSED_CONFIRM(ApplicationRow.NOT_PROCESSED_CONFIRM_OR_REISSUE, "确认或重新出具", "重新出具"),
    OTHER_NO_CORRECTION(ApplicationRow.OTHER_NO_CORRECTION, "逾期不补正"),
    OTHER_FEE_UNPAID(ApplicationRow.OTHER_FEE_UNPAID, "未按收费通知", "缴纳费用"),
    OTHER_OTHER(ApplicationRow.OTHER_OTHER),
    OTHER_TOTAL(ApplicationRow.OTHER_TOTAL, "其他处理"),
    TOTAL_PROCESSED(ApplicationRow.TOTAL_PROCESSED, "(七)总计", "七)总计", "七、总计", "(七)合计", "七)合计"),
    CARRIED_FORWARD(ApplicationRow.CARRIED_FORWARD, "结转下年度", "结转下年");

    private final ApplicationRow applicationRow;
    private final String[] phrases;

    RowTarget(ApplicationRow applicationRow, String... phrases) {
        this.applicationRow = applicationRow;
        this.phrases = phrases;
    }

    /** The application row, or null for an Article 20 item. */
    ApplicationRow applicationRow() {
        return applicationRow;
    }

    String[] phrases() {
        return phrases;
    }

    boolean isArt20() {
        return applicationRow == null;
    }

    /** Human label for diagnostics. */
    String label() {
        return applicationRow != null ? applicationRow.fullLabel()
                : switch (this) {
                    case A20_RULES -> "规章";
                    case A20_NORMATIVE -> "规范性文件";
                    case A20_LICENSING -> "行政许可";
                    case A20_OTHER_SERVICES -> "其他对外管理服务事项";
                    case A20_PUNISHMENT -> "行政处罚";
                    case A20_COERCION -> "行政强制";
                    case A20_FEES -> "行政事业性收费";
                    case A20_PROCUREMENT -> "政府集中采购";
                    default -> name();
                };
    }
}
