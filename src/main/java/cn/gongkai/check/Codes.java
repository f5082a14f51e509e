package cn.gongkai.check;

/** The stable diagnostic codes of the checks (kebab-case); scripts and pages may rely on them. */
public final class Codes {
    /** new_received + carried_over ≠ total_processed + carried_forward in a column (error). */
    public static final String FOOTNOTE_MISMATCH = "footnote-mismatch";
    /** A row's 总计 ≠ the sum of its six applicant columns (error). */
    public static final String ROW_TOTAL_MISMATCH = "row-total-mismatch";
    /** A column's （七）总计 ≠ the sum of the result rows (error). */
    public static final String RESULT_TOTAL_MISMATCH = "result-total-mismatch";
    /** A part-四 group's 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结 (error). */
    public static final String REVIEW_TOTAL_MISMATCH = "review-total-mismatch";
    /** A count below 0 (error). */
    public static final String NEGATIVE_COUNT = "negative-count";
    /** A count with decimals (error). */
    public static final String NOT_WHOLE = "not-whole";
    /** A whole table is absent or unreadable (warning). */
    public static final String TABLE_MISSING = "table-missing";
    /** Rows whose cells are all unknown (warning). */
    public static final String ROWS_UNKNOWN = "rows-unknown";
    /** Single unknown cells in rows that are otherwise known (warning). */
    public static final String CELLS_UNKNOWN = "cells-unknown";
    /** carried_forward of year N ≠ carried_over of year N+1 (warning). */
    public static final String CARRY_OVER_MISMATCH = "carry-over-mismatch";
    /** A number or statement in the narrative contradicts a table (warning). */
    public static final String NARRATIVE_CONTRADICTS_TABLE = "narrative-contradicts-table";
    /** The narrative is near-identical to the previous year's (warning). */
    public static final String COPIED_TEXT = "copied-text";
    /** The statistics period or year in the text is not the report's year (warning). */
    public static final String YEAR_MISMATCH = "year-mismatch";

    private Codes() {
    }
}
