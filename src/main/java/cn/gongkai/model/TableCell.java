package cn.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell with its place: {@code table} is {@code art20}, {@code art20_2019}, {@code applications} or
 * {@code review_litigation}; {@code row} and {@code column} are contract keys ({@code column} is
 * {@code value} for the single-cell Article 20 items). {@code label} is the human label of row and column.
 */
public record TableCell(String table, String row, String column, String label, Cell cell) {

    /** The dotted path used in diagnostics and provenance, e.g. {@code applications.granted.total}. */
    public String path() {
        return "value".equals(column) ? table + "." + row : table + "." + row + "." + column;
    }

    static List<TableCell> allOf(Report r) {
        List<TableCell> out = new ArrayList<>();
        if (r.art20() != null) {
            Art20 a = r.art20();
            counts(out, "rules", "规章", a.rules());
            counts(out, "normative_documents", "行政规范性文件", a.normativeDocuments());
            out.add(new TableCell("art20", "licensing_decisions", "value", "行政许可 本年处理决定数量", a.licensingDecisions()));
            out.add(new TableCell("art20", "punishment_decisions", "value", "行政处罚 本年处理决定数量", a.punishmentDecisions()));
            out.add(new TableCell("art20", "coercion_decisions", "value", "行政强制 本年处理决定数量", a.coercionDecisions()));
            out.add(new TableCell("art20", "fee_income_10k_yuan", "value", "行政事业性收费 本年收费金额（万元）", a.feeIncome10kYuan()));
        }
        if (r.art20Format2019() != null) {
            Art20Format2019 a = r.art20Format2019();
            published(out, "rules", "规章", a.rules());
            published(out, "normative_documents", "规范性文件", a.normativeDocuments());
            items(out, "licensing", "行政许可", a.licensing());
            items(out, "other_services", "其他对外管理服务事项", a.otherServices());
            items(out, "punishment", "行政处罚", a.punishment());
            items(out, "coercion", "行政强制", a.coercion());
            out.add(new TableCell("art20_2019", "fees", "prev_year_items", "行政事业性收费 上一年项目数量", a.fees().prevYearItems()));
            out.add(new TableCell("art20_2019", "fees", "change", "行政事业性收费 本年增/减", a.fees().change()));
            out.add(new TableCell("art20_2019", "procurement", "procurement_items", "政府集中采购 采购项目数量",
                    a.procurement().procurementItems()));
            out.add(new TableCell("art20_2019", "procurement", "procurement_amount", "政府集中采购 采购总金额",
                    a.procurement().procurementAmount()));
        }
        if (r.applications() != null) {
            ApplicationTable t = r.applications();
            for (ApplicationRow row : t.rows()) {
                for (ApplicantColumn col : ApplicantColumn.values()) {
                    out.add(new TableCell("applications", row.key(), col.key(),
                            row.fullLabel() + " " + col.label(), t.cell(row, col)));
                }
            }
        }
        if (r.reviewLitigation() != null) {
            for (ReviewGroup g : ReviewGroup.values()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    out.add(new TableCell("review_litigation", g.key(), c.key(), g.label() + " " + c.label(),
                            r.reviewLitigation().group(g).cell(c)));
                }
            }
        }
        return out;
    }

    private static void counts(List<TableCell> out, String row, String label, DocumentCounts c) {
        out.add(new TableCell("art20", row, "made", label + " 本年制发件数", c.made()));
        out.add(new TableCell("art20", row, "repealed", label + " 本年废止件数", c.repealed()));
        out.add(new TableCell("art20", row, "in_force", label + " 现行有效件数", c.inForce()));
    }

    private static void published(List<TableCell> out, String row, String label, Art20Format2019.Published p) {
        out.add(new TableCell("art20_2019", row, "newly_made", label + " 本年新制作数量", p.newlyMade()));
        out.add(new TableCell("art20_2019", row, "newly_published", label + " 本年新公开数量", p.newlyPublished()));
        out.add(new TableCell("art20_2019", row, "total_published", label + " 对外公开总数量", p.totalPublished()));
    }

    private static void items(List<TableCell> out, String row, String label, Art20Format2019.Items i) {
        out.add(new TableCell("art20_2019", row, "prev_year_items", label + " 上一年项目数量", i.prevYearItems()));
        out.add(new TableCell("art20_2019", row, "change", label + " 本年增/减", i.change()));
        out.add(new TableCell("art20_2019", row, "decisions", label + " 处理决定数量", i.decisions()));
    }
}
