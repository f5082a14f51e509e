package cn.gongkai.data;

import cn.gongkai.model.Cell;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.TableCell;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Writes one row per cell of the report, in contract order. */
    static void writeRows(Report r, CsvRows rows, Places places) {
        Region g = r.region();
        byte[] prefix = CsvRows.prefix(r.id(), r.issuer(), g.province(), g.city(), g.county(), g.township(),
                r.year() == null ? null : r.year().toString());
        for (TableCell c : r.cells()) {
            rows.start(prefix);
            rows.start(places.encoded(c));
            rows.end(value(c.cell()), raw(c.cell()));
        }
    }

    /**
     * The {@code table,row,column,} values of each cell place, encoded once for all reports: there are a few
     * hundred places and millions of rows. Safe for several threads.
     */
    static final class Places {
        private record Place(String table, String row, String column) {
        }

        private final Map<Place, byte[]> encoded = new ConcurrentHashMap<>();

        byte[] encoded(TableCell c) {
            Place place = new Place(c.table(), c.row(), c.column());
            byte[] bytes = encoded.get(place);
            return bytes != null ? bytes
                    : encoded.computeIfAbsent(place, p -> CsvRows.prefix(p.table(), p.row(), p.column()));
        }
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
