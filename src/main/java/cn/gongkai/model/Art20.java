package cn.gongkai.model;

/** Part 二 in the 2021 format: the Article 20 items. */
public record Art20(DocumentCounts rules, DocumentCounts normativeDocuments, Cell licensingDecisions,
                    Cell punishmentDecisions, Cell coercionDecisions, Cell feeIncome10kYuan) {

    public static final Art20 UNKNOWN = new Art20(DocumentCounts.UNKNOWN, DocumentCounts.UNKNOWN,
            Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN);

    public Art20 {
        rules = rules == null ? DocumentCounts.UNKNOWN : rules;
        normativeDocuments = normativeDocuments == null ? DocumentCounts.UNKNOWN : normativeDocuments;
        licensingDecisions = ReviewOutcome.orUnknown(licensingDecisions);
        punishmentDecisions = ReviewOutcome.orUnknown(punishmentDecisions);
        coercionDecisions = ReviewOutcome.orUnknown(coercionDecisions);
        feeIncome10kYuan = ReviewOutcome.orUnknown(feeIncome10kYuan);
    }
}
