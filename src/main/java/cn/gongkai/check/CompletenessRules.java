package cn.gongkai.check;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.TableCell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Warnings for tables, rows and cells that are absent or unreadable, saying which. */
final class CompletenessRules {
    private CompletenessRules() {
    }

    static void check(Report r, List<Diagnostic> out) {
        if (r.format() == ReportFormat.PRE2019) {
            return;
        }
        String art20 = r.format() == ReportFormat.F2019 ? "art20_2019" : "art20";
        boolean hasArt20 = r.format() == ReportFormat.F2019 ? r.art20Format2019() != null : r.art20() != null;
        missing(art20, hasArt20, out);
        missing("applications", r.applications() != null, out);
        missing("review_litigation", r.reviewLitigation() != null, out);

        if (!PlainCells.hasUnknown(r)) {
            return;
        }
        Map<String, List<TableCell>> byTable = new LinkedHashMap<>();
        for (TableCell c : r.cells()) {
            add(byTable, c.table(), c);
        }
        for (Map.Entry<String, List<TableCell>> e : byTable.entrySet()) {
            unknownParts(e.getKey(), e.getValue(), out);
        }
    }

    /** Adds {@code c} to the list of {@code key}, made when it is the first. */
    private static void add(Map<String, List<TableCell>> lists, String key, TableCell c) {
        List<TableCell> list = lists.get(key);
        if (list == null) {
            list = new ArrayList<>();
            lists.put(key, list);
        }
        list.add(c);
    }

    private static boolean allUnknown(List<TableCell> cells) {
        for (TableCell c : cells) {
            if (!c.cell().isUnknown()) {
                return false;
            }
        }
        return true;
    }

    private static void missing(String table, boolean present, List<Diagnostic> out) {
        if (!present) {
            out.add(Diagnostic.warning(Codes.TABLE_MISSING, Labels.partWithTitle(table)
                    + "的表格缺失或无法读取：表中各项数字未知（不是 0）", table));
        }
    }

    private static void unknownParts(String table, List<TableCell> cells, List<Diagnostic> out) {
        if (allUnknown(cells)) {
            out.add(Diagnostic.warning(Codes.TABLE_MISSING, Labels.partWithTitle(table)
                    + "的表格在，但所有单元格都无法读取（未知）", table));
            return;
        }
        Map<String, List<TableCell>> byRow = new LinkedHashMap<>();
        for (TableCell c : cells) {
            add(byRow, c.row(), c);
        }
        List<String> rows = new ArrayList<>();
        List<String> single = new ArrayList<>();
        String firstRowPath = null;
        String firstCellPath = null;
        for (Map.Entry<String, List<TableCell>> e : byRow.entrySet()) {
            List<TableCell> rowCells = e.getValue();
            if (allUnknown(rowCells)) {
                rows.add("“" + Labels.shortRow(table, e.getKey()) + "”");
                if (firstRowPath == null) {
                    firstRowPath = table + "." + e.getKey();
                }
            } else {
                for (TableCell c : rowCells) {
                    if (c.cell().isUnknown()) {
                        single.add("“" + c.label() + "”");
                        if (firstCellPath == null) {
                            firstCellPath = c.path();
                        }
                    }
                }
            }
        }
        if (!rows.isEmpty()) {
            out.add(Diagnostic.warning(Codes.ROWS_UNKNOWN, Labels.part(table) + "有 " + rows.size()
                    + " 行缺失或无法读取（未知，不是 0）：" + String.join("、", rows), firstRowPath));
        }
        if (!single.isEmpty()) {
            out.add(Diagnostic.warning(Codes.CELLS_UNKNOWN, Labels.part(table) + "有 " + single.size()
                    + " 个单元格无法读取（未知，不是 0）：" + String.join("、", single), firstCellPath));
        }
    }
}
