package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reports built in code for the check tests. The tables are 淮安市 2024's (shared/corpus/truth), which add up. */
final class Reports {
    static final long[][] HUAIAN_APPLICATIONS = {
            {3001, 53, 0, 0, 61, 4, 3119}, {34, 0, 0, 0, 0, 0, 34}, {1288, 21, 0, 0, 50, 3, 1362},
            {447, 7, 0, 0, 0, 0, 454}, {2, 0, 0, 0, 0, 0, 2}, {30, 1, 0, 0, 0, 0, 31}, {5, 0, 0, 0, 0, 0, 5},
            {6, 0, 0, 0, 0, 0, 6}, {7, 1, 0, 0, 0, 0, 8}, {12, 0, 0, 0, 0, 0, 12}, {9, 0, 0, 0, 0, 0, 9},
            {105, 0, 0, 0, 0, 0, 105}, {746, 12, 0, 0, 10, 1, 769}, {11, 0, 0, 0, 0, 0, 11}, {1, 0, 0, 0, 0, 0, 1},
            {56, 6, 0, 0, 0, 0, 62}, {25, 0, 0, 0, 0, 0, 25}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
            {1, 0, 0, 0, 0, 0, 1}, {67, 3, 0, 0, 1, 0, 71}, {6, 0, 0, 0, 0, 0, 6}, {108, 2, 0, 0, 0, 0, 110},
            {2932, 53, 0, 0, 61, 4, 3050}, {103, 0, 0, 0, 0, 0, 103}};
    static final long[] HUAIAN_REVIEW = {72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20};

    private Reports() {
    }

    static List<Cell> cells(long... values) {
        List<Cell> out = new ArrayList<>();
        for (long v : values) {
            out.add(Cell.of(v));
        }
        return out;
    }

    static Map<ApplicationRow, List<Cell>> huaianRows() {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        List<ApplicationRow> order = ApplicationRow.rowsOf(ReportFormat.F2021);
        for (int i = 0; i < order.size(); i++) {
            rows.put(order.get(i), cells(HUAIAN_APPLICATIONS[i]));
        }
        return rows;
    }

    /** A 2021-format report whose tables add up; {@code text} is part 一. */
    static Report.Builder consistent(String id, int year, String text) {
        return Report.builder(ReportFormat.F2021).id(id).issuer("淮安市人民政府").year(year)
                .art20(new Art20(new DocumentCounts(Cell.of(1), Cell.of(0), Cell.of(11)),
                        new DocumentCounts(Cell.of(8), Cell.of(26), Cell.of(66)), Cell.of(447228), Cell.of(3985758),
                        Cell.of(88283), Cell.of(new BigDecimal("96171.6"))))
                .applications(ApplicationTable.of(ReportFormat.F2021, huaianRows()))
                .reviewLitigation(ReviewLitigation.of(cells(HUAIAN_REVIEW)))
                .sections(Sections.of(Map.of(Section.OVERVIEW, text)));
    }

    static Report consistent() {
        return consistent("jiangsu/huaian/2024", 2024, "2024 年，全市共受理政府信息公开申请 3119 件。").build();
    }

    /** The same report with one application cell replaced. */
    static Report withCell(Report r, ApplicationRow row, ApplicantColumn col, Cell value) {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow x : r.applications().rows()) {
            List<Cell> cells = new ArrayList<>(r.applications().row(x));
            if (x == row) {
                cells.set(col.ordinal(), value);
            }
            rows.put(x, cells);
        }
        return r.toBuilder().applications(ApplicationTable.of(r.format(), rows)).build();
    }

    static List<String> codes(List<cn.gongkai.model.Diagnostic> ds) {
        return ds.stream().map(cn.gongkai.model.Diagnostic::code).toList();
    }
}
