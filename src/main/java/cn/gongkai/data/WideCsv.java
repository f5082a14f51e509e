package cn.gongkai.data;


import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The wide CSV: one row per report with its headline figures. A figure column holds a number, {@code /}
 * (the report says not applicable) or nothing (unknown, or the report's format has no such figure), so a
 * reader can always tell the three states apart; it is typed {@code string} in the schema for that reason.
 * The 2019 format's own part-二 columns are never put into the 2021 columns: they are in the tidy CSV.
 */
final class WideCsv {
    /** A figure: optional minus, digits, optional decimals; or {@code /}. */
    static final String FIGURE_PATTERN = "(-?[0-9]+(\\.[0-9]+)?|/)";
    static final String FIGURE_STATES = "数字列中：数字照写；/ = 报告写明不适用（不是 0）；空 = 未知，"
            + "或该报告的格式没有此项（不是 0）。2019 年格式的第二部分（列不同）不放入 2021 年格式的列，见 cells.csv 的 art20_2019。";

    /** The columns, in order; {@link #row} gives a report's values in the same order. */
    static final List<DataField> FIELDS = fields();

    private WideCsv() {
    }

    /**
     * The report's row, in {@link #FIELDS} order: unknown and absent values as empty text. One straight method
     * rather than a function per column: it runs for every report, and each distinct function would be one more
     * method for the quick compiler to compile.
     */
    static String[] row(Report r) {
        String[] out = new String[FIELDS.size()];
        int i = 0;
        Region g = r.region();
        out[i++] = r.id();
        out[i++] = r.issuer();
        out[i++] = g.province();
        out[i++] = g.city();
        out[i++] = g.county();
        out[i++] = g.township();
        out[i++] = g.code();
        out[i++] = r.year() == null ? null : r.year().toString();
        out[i++] = r.format().key();
        out[i++] = r.published() == null ? null : r.published().toString();
        out[i++] = r.source() == null ? null : r.source().url();
        out[i++] = r.proactiveTotal() == null ? null : r.proactiveTotal().toString();
        Art20 a = r.art20();
        if (a == null) {
            i += ART20_COLUMNS;
        } else {
            out[i++] = figure(a.rules().made());
            out[i++] = figure(a.rules().repealed());
            out[i++] = figure(a.rules().inForce());
            out[i++] = figure(a.normativeDocuments().made());
            out[i++] = figure(a.normativeDocuments().repealed());
            out[i++] = figure(a.normativeDocuments().inForce());
            out[i++] = figure(a.licensingDecisions());
            out[i++] = figure(a.punishmentDecisions());
            out[i++] = figure(a.coercionDecisions());
            out[i++] = figure(a.feeIncome10kYuan());
        }
        ApplicationTable t = r.applications();
        for (ApplicationRow row : ApplicationRow.values()) {
            out[i++] = t == null || !t.rows().contains(row) ? null : figure(t.cell(row, ApplicantColumn.TOTAL));
        }
        for (ReviewGroup grp : ReviewGroup.values()) {
            out[i++] = r.reviewLitigation() == null ? null
                    : figure(r.reviewLitigation().group(grp).cell(ReviewColumn.TOTAL));
        }
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else if (d.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        out[i++] = Integer.toString(errors);
        out[i++] = Integer.toString(warnings);
        if (i != out.length) {
            throw new IllegalStateException("the wide row has " + i + " values for " + out.length + " columns");
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] == null) {
                out[k] = "";
            }
        }
        return out;
    }

    /**
     * The report's row as a JSON object, for the region files: one key per column, in {@link #FIELDS} order,
     * followed by {@code json}, the path of the report's own file from {@code data/} (as {@code datapackage.json}
     * writes paths). A figure is a JSON number, {@code "/"} or null (unknown, or not in the report's format) as in
     * the report JSON; {@code year}, {@code proactive_total} and the check counts are numbers; an empty text is null.
     *
     * @param json  the path of the report's own file from {@code data/}
     * @param row   the report's {@link #row}
     * @param names the keys, from {@link #summaryKeys()}
     */
    static void writeSummary(String json, String[] row, CompactJson.Key[] names, CompactJson o) {
        o.startObject();
        for (int i = 0; i < row.length; i++) {
            String v = row[i];
            o.name(names[i]);
            if (v.isEmpty()) {
                o.nul();
            } else if (NUMERIC[i] && !"/".equals(v)) {
                o.number(v);
            } else {
                o.string(v);
            }
        }
        o.name(names[row.length]);
        o.string(json);
        o.endObject();
    }

    /** The keys of {@link #writeSummary}, encoded once: the column names, then {@code json}. */
    static CompactJson.Key[] summaryKeys() {
        CompactJson.Key[] out = new CompactJson.Key[FIELDS.size() + 1];
        for (int i = 0; i < FIELDS.size(); i++) {
            out[i] = CompactJson.Key.of(FIELDS.get(i).name());
        }
        out[FIELDS.size()] = CompactJson.Key.of("json");
        return out;
    }

    /** Per column: whether its values are numbers in the JSON summary (integers, and figures other than /). */
    private static final boolean[] NUMERIC = numeric();

    private static boolean[] numeric() {
        boolean[] out = new boolean[FIELDS.size()];
        for (int i = 0; i < out.length; i++) {
            DataField f = FIELDS.get(i);
            out[i] = "integer".equals(f.type()) || FIGURE_PATTERN.equals(f.pattern());
        }
        return out;
    }

    /** A figure as the wide CSV writes it: the number, {@code /}, or empty for unknown. */
    static String figure(Cell c) {
        if (c instanceof Cell.Num n) {
            BigDecimal v = n.value();
            // most figures are whole numbers below 1000: their text is made once, not again for every report
            return v.scale() == 0 && v.precision() <= 3 && v.signum() >= 0 ? TidyCsv.SMALL_TEXT[v.intValue()]
                    : v.toPlainString();
        }
        return c instanceof Cell.NotApplicable ? "/" : "";
    }

    /** The part-二 columns of the 2021 format (empty for a report without that table). */
    private static final int ART20_COLUMNS = 10;

    private static List<DataField> fields() {
        List<DataField> c = new ArrayList<>();
        c.add(text("report_id", "报告 id：地区路径/年份；该报告的完整数据在 reports/<report_id>.json"));
        c.add(text("issuer", "发布机关，照录报告原文"));
        c.add(text("province", "省级地区名称；报告未说明的为空（从不推测）"));
        c.add(text("city", "地级市名称；报告未说明的为空（从不推测）"));
        c.add(text("county", "县（区）名称；报告未说明的为空（从不推测）"));
        c.add(text("township", "乡镇（街道）名称；报告未说明的为空（从不推测）"));
        c.add(new DataField("code", "string", "12 位统计用区划代码；不知道的为空", "[0-9]{12}"));
        c.add(DataField.of("year", "integer", "统计年度"));
        c.add(text("format", "表格格式：2021 = 2021 年格式；2019 = 2019 年试行格式；pre2019 = 2019 年以前（只有文字，没有表格）"));
        c.add(DataField.of("published", "date", "发布日期（YYYY-MM-DD）；不知道的为空"));
        c.add(text("source_url", "报告原文的网址；不知道的为空"));
        c.add(DataField.of("proactive_total", "integer", "总体情况中写明的主动公开政府信息条数；没有写明的为空"));
        int art20 = c.size();
        c.add(art20("rules_made", "二、规章 本年制发件数"));
        c.add(art20("rules_repealed", "二、规章 本年废止件数"));
        c.add(art20("rules_in_force", "二、规章 现行有效件数"));
        c.add(art20("normative_documents_made", "二、行政规范性文件 本年制发件数"));
        c.add(art20("normative_documents_repealed", "二、行政规范性文件 本年废止件数"));
        c.add(art20("normative_documents_in_force", "二、行政规范性文件 现行有效件数"));
        c.add(art20("licensing_decisions", "二、第（五）项 行政许可 本年处理决定数量"));
        c.add(art20("punishment_decisions", "二、第（六）项 行政处罚 本年处理决定数量"));
        c.add(art20("coercion_decisions", "二、第（六）项 行政强制 本年处理决定数量"));
        c.add(art20("fee_income_10k_yuan", "二、第（八）项 行政事业性收费 本年收费金额（万元，可有小数）"));
        if (c.size() - art20 != ART20_COLUMNS) {
            throw new IllegalStateException("ART20_COLUMNS is not the number of part-二 columns");
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            String label = "三、申请情况 " + row.fullLabel() + "：总计列"
                    + (row == ApplicationRow.OTHER_TOTAL ? "（只有 2019 年格式有此行）" : "")
                    + (row.subgroup() != null && row.subgroup().startsWith("（六）")
                    ? "（2019 年格式没有此行，见 other_total_total）" : "");
            c.add(figure(row.key() + "_total", label));
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            c.add(figure(g.key() + "_total", "四、" + g.label() + "：总计"));
        }
        c.add(DataField.of("errors", "integer", "检查发现的错误数（报告自相矛盾之处，详见该报告的 JSON 中的 diagnostics）"));
        c.add(DataField.of("warnings", "integer", "检查发现的警告数（缺表、缺行、前后年度不一致等，详见该报告的 JSON 中的 diagnostics）"));
        return List.copyOf(c);
    }

    private static DataField text(String name, String description) {
        return DataField.of(name, "string", description);
    }

    private static DataField art20(String name, String description) {
        return figure(name, description + "（2021 年格式）");
    }

    private static DataField figure(String name, String description) {
        return new DataField(name, "string", description + "；数字、/ 或空", FIGURE_PATTERN);
    }
}
