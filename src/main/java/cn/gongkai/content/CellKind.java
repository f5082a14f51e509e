package cn.gongkai.content;

/** What numbers a table cell of {@code content/} may hold. */
enum CellKind {
    /** A whole count ≥ 0 (almost every cell). */
    COUNT,
    /** An amount ≥ 0 that may have decimals: {@code fee_income_10k_yuan}, {@code procurement_amount}. */
    AMOUNT,
    /** A whole number that may be negative: the 2019 format's 本年增/减 ({@code change}). */
    CHANGE
}
