package cn.gongkai.data;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewOutcome;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The tidy (long) CSV: one row per table cell of every report, columns as the data contract names them.
 * A reader tells the three cell states apart by two columns: {@code value} is set only for a number;
 * otherwise a non-empty {@code raw} means not applicable ({@code /}, or the {@code —} / {@code 无} the report
 * wrote) and an empty {@code raw} means unknown.
 */
final class TidyCsv {
    static final String NUMBER_STATES = "数字、不适用、未知三种状态：value 非空 = 数字；value 为空且 raw 非空 = 不适用"
            + "（报告写的是 /、— 或 无）；两者都为空 = 未知（表格、行或单元格缺失或无法确定地读出）。不适用和未知都不是 0。";

    static final List<DataField> FIELDS = List.of(
            DataField.of("report_id", "string", "报告 id：地区路径/年份，例如 shandong/jining/jinxiang/buji-zhen/2024；"
                    + "该报告的完整数据在 reports/<report_id>.json"),
            DataField.of("issuer", "string", "发布机关，照录报告原文"),
            DataField.of("province", "string", "省级地区名称；报告未说明的为空（从不推测）"),
            DataField.of("city", "string", "地级市名称；报告未说明的为空（从不推测）"),
            DataField.of("county", "string", "县（区）名称；报告未说明的为空（从不推测）"),
            DataField.of("township", "string", "乡镇（街道）名称；报告未说明的为空（从不推测）"),
            DataField.of("year", "integer", "统计年度（报告所涵盖的年份）"),
            DataField.of("table", "string", "表格：art20 = 二、主动公开政府信息情况（2021 年格式）；art20_2019 = 同一部分的"
                    + " 2019 年试行格式（列不同，从不并入 art20）；applications = 三、收到和处理政府信息公开申请情况；"
                    + "review_litigation = 四、行政复议、行政诉讼情况"),
            DataField.of("row", "string", "行：数据约定中的键，例如 new_received、granted、review；"
                    + "2019 年格式的（六）其他处理只有一行 other_total"),
            DataField.of("column", "string", "列：数据约定中的键，例如 natural_person、total、upheld；"
                    + "只有一个数的项（如 art20 的 licensing_decisions）为 value"),
            DataField.of("value", "number", "该格的数值，仅当该格是数字时填写：件数为整数，"
                    + "收费金额（万元）和采购金额可有小数，2019 年格式的“本年增/减”可为负数"),
            DataField.of("raw", "string", "该格在报告中的写法：数字照录；不适用为 /（或报告写的 —、无）；未知为空"));

    private TidyCsv() {
    }

    /**
     * Writes one row per cell of the report, in contract order (the order of {@link Report#cells()}, which a test
     * checks): the report's columns encoded once, each cell's {@code table,row,column,} encoded once for all
     * reports, then {@code value,raw}.
     */
    static void writeRows(Report r, CsvRows rows) {
        Region g = r.region();
        byte[] prefix = CsvRows.prefix(r.id(), r.issuer(), g.province(), g.city(), g.county(), g.township(),
                r.year() == null ? null : r.year().toString());
        if (r.art20() != null) {
            Art20 a = r.art20();
            three(rows, prefix, ART20_RULES, a.rules().made(), a.rules().repealed(), a.rules().inForce());
            DocumentCounts d = a.normativeDocuments();
            three(rows, prefix, ART20_NORMATIVE, d.made(), d.repealed(), d.inForce());
            row(rows, prefix, ART20_SINGLE[0], a.licensingDecisions());
            row(rows, prefix, ART20_SINGLE[1], a.punishmentDecisions());
            row(rows, prefix, ART20_SINGLE[2], a.coercionDecisions());
            row(rows, prefix, ART20_SINGLE[3], a.feeIncome10kYuan());
        }
        if (r.art20Format2019() != null) {
            Art20Format2019 a = r.art20Format2019();
            Art20Format2019.Published p = a.rules();
            three(rows, prefix, A19_RULES, p.newlyMade(), p.newlyPublished(), p.totalPublished());
            p = a.normativeDocuments();
            three(rows, prefix, A19_NORMATIVE, p.newlyMade(), p.newlyPublished(), p.totalPublished());
            Art20Format2019.Items[] items = {a.licensing(), a.otherServices(), a.punishment(), a.coercion()};
            for (int k = 0; k < items.length; k++) {
                three(rows, prefix, A19_ITEMS[k], items[k].prevYearItems(), items[k].change(), items[k].decisions());
            }
            row(rows, prefix, A19_FEES[0], a.fees().prevYearItems());
            row(rows, prefix, A19_FEES[1], a.fees().change());
            row(rows, prefix, A19_PROCUREMENT[0], a.procurement().procurementItems());
            row(rows, prefix, A19_PROCUREMENT[1], a.procurement().procurementAmount());
        }
        if (r.applications() != null) {
            ApplicationTable t = r.applications();
            ApplicantColumn[] columns = ApplicantColumn.values();
            for (ApplicationRow row : t.rows()) {
                byte[][] places = APPLICATIONS[row.ordinal()];
                List<Cell> cells = t.row(row);
                if (ReportJson.allZero(cells)) {
                    // most rows of most reports: each cell's row ends in "0,0"
                    for (int c = 0; c < columns.length; c++) {
                        rows.row(prefix, places[c], SMALL_ENDS[0]);
                    }
                    continue;
                }
                for (int c = 0; c < columns.length; c++) {
                    row(rows, prefix, places[c], cells.get(c));
                }
            }
        }
        if (r.reviewLitigation() != null) {
            ReviewColumn[] columns = ReviewColumn.values();
            for (ReviewGroup grp : ReviewGroup.values()) {
                ReviewOutcome o = r.reviewLitigation().group(grp);
                byte[][] places = REVIEW[grp.ordinal()];
                if (ReportJson.allZero(o)) {
                    for (byte[] place : places) {
                        rows.row(prefix, place, SMALL_ENDS[0]);
                    }
                    continue;
                }
                for (ReviewColumn c : columns) {
                    row(rows, prefix, places[c.ordinal()], o.cell(c));
                }
            }
        }
    }

    private static void three(CsvRows rows, byte[] prefix, byte[][] places, Cell a, Cell b, Cell c) {
        row(rows, prefix, places[0], a);
        row(rows, prefix, places[1], b);
        row(rows, prefix, places[2], c);
    }

    private static void row(CsvRows rows, byte[] prefix, byte[] place, Cell c) {
        byte[] end = commonEnd(c);
        if (end != null) {
            rows.row(prefix, place, end);
            return;
        }
        rows.start(prefix);
        rows.start(place);
        if (c instanceof Cell.Num n) {
            String raw = n.raw();
            rows.end(writtenPlainly(n.value(), raw) ? raw : n.value().toPlainString(), raw);
        } else {
            rows.end("", raw(c));
        }
    }

    /** The encoded {@code value,raw\n} of the cell when it is one of the common ones, else null. */
    private static byte[] commonEnd(Cell c) {
        if (c instanceof Cell.Num n) {
            BigDecimal v = n.value();
            long small;
            if (v.scale() == 0 && v.precision() <= 3 && (small = v.longValue()) >= 0
                    && SMALL_TEXT[(int) small].equals(n.raw())) {
                return SMALL_ENDS[(int) small];
            }
            return null;
        }
        if (c instanceof Cell.Unknown) {
            return UNKNOWN_END;
        }
        return "/".equals(raw(c)) ? SLASH_END : null;
    }

    /** The whole numbers 0 to 999 as text (also the wide rows' most common figures). */
    static final String[] SMALL_TEXT = new String[1000];
    // The ends of the most common rows, "value,raw\n", encoded once: a whole number below 1000 written plainly,
    // not applicable written "/", unknown.
    private static final byte[][] SMALL_ENDS = new byte[SMALL_TEXT.length][];
    private static final byte[] SLASH_END = {',', '/', '\n'};
    private static final byte[] UNKNOWN_END = {',', '\n'};

    static {
        for (int i = 0; i < SMALL_TEXT.length; i++) {
            SMALL_TEXT[i] = Integer.toString(i);
            SMALL_ENDS[i] = (SMALL_TEXT[i] + "," + SMALL_TEXT[i] + "\n").getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * Whether {@code raw} is exactly the whole number's plain notation (as most cells are written), so that it
     * serves as the {@code value} too without formatting the number again.
     */
    static boolean writtenPlainly(BigDecimal value, String raw) {
        int n = raw.length();
        boolean minus = n > 0 && raw.charAt(0) == '-';
        int i = minus ? 1 : 0;
        if (value.scale() != 0 || n == i || n > 18 || raw.charAt(i) == '0' && (n > i + 1 || minus)) {
            return false;
        }
        long v = 0;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return value.precision() <= 18 && value.longValue() == (minus ? -v : v);
    }

    // The encoded "table,row,column," of every cell place, in contract order (as TableCell lists them).
    private static final byte[][] ART20_RULES = places("art20", "rules", "made", "repealed", "in_force");
    private static final byte[][] ART20_NORMATIVE = places("art20", "normative_documents", "made", "repealed",
            "in_force");
    private static final byte[][] ART20_SINGLE = {
            CsvRows.prefix("art20", "licensing_decisions", "value"),
            CsvRows.prefix("art20", "punishment_decisions", "value"),
            CsvRows.prefix("art20", "coercion_decisions", "value"),
            CsvRows.prefix("art20", "fee_income_10k_yuan", "value")};
    private static final byte[][] A19_RULES = places("art20_2019", "rules", "newly_made", "newly_published",
            "total_published");
    private static final byte[][] A19_NORMATIVE = places("art20_2019", "normative_documents", "newly_made",
            "newly_published", "total_published");
    private static final byte[][][] A19_ITEMS = {
            places("art20_2019", "licensing", "prev_year_items", "change", "decisions"),
            places("art20_2019", "other_services", "prev_year_items", "change", "decisions"),
            places("art20_2019", "punishment", "prev_year_items", "change", "decisions"),
            places("art20_2019", "coercion", "prev_year_items", "change", "decisions")};
    private static final byte[][] A19_FEES = places("art20_2019", "fees", "prev_year_items", "change");
    private static final byte[][] A19_PROCUREMENT = places("art20_2019", "procurement", "procurement_items",
            "procurement_amount");
    private static final byte[][][] APPLICATIONS = applicationPlaces();
    private static final byte[][][] REVIEW = reviewPlaces();

    private static byte[][] places(String table, String row, String... columns) {
        byte[][] out = new byte[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            out[i] = CsvRows.prefix(table, row, columns[i]);
        }
        return out;
    }

    private static byte[][][] applicationPlaces() {
        ApplicationRow[] rows = ApplicationRow.values();
        byte[][][] out = new byte[rows.length][][];
        for (ApplicationRow row : rows) {
            out[row.ordinal()] = places("applications", row.key(),
                    Arrays.stream(ApplicantColumn.values()).map(ApplicantColumn::key).toArray(String[]::new));
        }
        return out;
    }

    private static byte[][][] reviewPlaces() {
        byte[][][] out = new byte[ReviewGroup.values().length][][];
        for (ReviewGroup g : ReviewGroup.values()) {
            out[g.ordinal()] = places("review_litigation", g.key(),
                    Arrays.stream(ReviewColumn.values()).map(ReviewColumn::key).toArray(String[]::new));
        }
        return out;
    }

    /** The number in plain notation (no exponent), or empty when the cell is not a number. */
    static String value(Cell c) {
        return c instanceof Cell.Num n ? n.value().toPlainString() : "";
    }

    /**
     * What the report wrote: the number as written, the not-applicable mark ({@code /} for a blank cell, so
     * that it never reads as unknown), or empty for unknown.
     */
    static String raw(Cell c) {
        if (c instanceof Cell.NotApplicable na) {
            return na.raw().isBlank() ? "/" : na.raw();
        }
        return c.raw();
    }
}
