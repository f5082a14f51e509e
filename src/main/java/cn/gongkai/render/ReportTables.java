package cn.gongkai.render;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The report's tables laid out like the official format: merged headers, the rows and columns in order. */
final class ReportTables {
    private ReportTables() {
    }

    private static final GridSkeleton ART20 = GridSkeleton.of(art20(Art20.UNKNOWN, null));
    private static final GridSkeleton ART20_2019 = GridSkeleton.of(art20Format2019(Art20Format2019.UNKNOWN, null));
    private static final Map<ReportFormat, GridSkeleton> APPLICATIONS = applicationSkeletons();
    private static final GridSkeleton REVIEW = GridSkeleton.of(reviewLitigation(ReviewLitigation.of(
            Collections.nCopies(15, Cell.UNKNOWN)), null));

    /** {@link #art20(Art20)} as its skeleton and data cells. */
    static FormTable art20Form(Art20 a) {
        DocumentCounts r = a.rules();
        DocumentCounts n = a.normativeDocuments();
        return FormTable.of(ART20, r.made(), r.repealed(), r.inForce(), n.made(), n.repealed(), n.inForce(),
                a.licensingDecisions(), a.punishmentDecisions(), a.coercionDecisions(), a.feeIncome10kYuan());
    }

    /** {@link #art20Format2019(Art20Format2019)} as its skeleton and data cells. */
    static FormTable art20Format2019Form(Art20Format2019 a) {
        Art20Format2019.Published r = a.rules();
        Art20Format2019.Published n = a.normativeDocuments();
        Art20Format2019.Items l = a.licensing();
        Art20Format2019.Items o = a.otherServices();
        Art20Format2019.Items p = a.punishment();
        Art20Format2019.Items c = a.coercion();
        return FormTable.of(ART20_2019, r.newlyMade(), r.newlyPublished(), r.totalPublished(), n.newlyMade(),
                n.newlyPublished(), n.totalPublished(), l.prevYearItems(), l.change(), l.decisions(),
                o.prevYearItems(), o.change(), o.decisions(), p.prevYearItems(), p.change(), p.decisions(),
                c.prevYearItems(), c.change(), c.decisions(), a.fees().prevYearItems(), a.fees().change(),
                a.procurement().procurementItems(), a.procurement().procurementAmount());
    }

    /** {@link #applications(ApplicationTable)} as its skeleton and data cells. */
    static FormTable applicationsForm(ApplicationTable t) {
        List<ApplicationRow> rows = t.rows();
        Cell[] cells = new Cell[rows.size() * ApplicantColumn.values().length];
        int k = 0;
        for (ApplicationRow row : rows) {
            for (Cell c : t.row(row)) {
                cells[k++] = c;
            }
        }
        return FormTable.of(APPLICATIONS.get(t.format()), java.util.Arrays.copyOf(cells, k));
    }

    /** {@link #reviewLitigation(ReviewLitigation)} as its skeleton and data cells. */
    static FormTable reviewLitigationForm(ReviewLitigation rl) {
        Cell[] cells = new Cell[ReviewGroup.values().length * ReviewColumn.values().length];
        int k = 0;
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                cells[k++] = rl.group(g).cell(c);
            }
        }
        return FormTable.of(REVIEW, cells);
    }

    /** 2021 format part 二: items (一), (五), (六), (八) of Article 20, each with its own header row. */
    static Grid art20(Art20 a) {
        return art20(a, ART20);
    }

    private static Grid art20(Art20 a, GridSkeleton skeleton) {
        List<List<GridCell>> body = new ArrayList<>();
        body.add(List.of(GridCell.th("第二十条第（一）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("本年制发件数", "col"),
                GridCell.th("本年废止件数", "col"), GridCell.th("现行有效件数", "col")));
        body.add(counts("规章", a.rules()));
        body.add(counts("行政规范性文件", a.normativeDocuments()));
        body.add(List.of(GridCell.th("第二十条第（五）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("本年处理决定数量", "col", 1, 3)));
        body.add(List.of(GridCell.th("行政许可", "row"), GridCell.of(a.licensingDecisions()).withSpan(1, 3)));
        body.add(List.of(GridCell.th("第二十条第（六）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("本年处理决定数量", "col", 1, 3)));
        body.add(List.of(GridCell.th("行政处罚", "row"), GridCell.of(a.punishmentDecisions()).withSpan(1, 3)));
        body.add(List.of(GridCell.th("行政强制", "row"), GridCell.of(a.coercionDecisions()).withSpan(1, 3)));
        body.add(List.of(GridCell.th("第二十条第（八）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("本年收费金额（单位：万元）", "col", 1, 3)));
        body.add(List.of(GridCell.th("行政事业性收费", "row"), GridCell.of(a.feeIncome10kYuan()).withSpan(1, 3)));
        return new Grid("table-art20", "主动公开政府信息情况（《条例》第二十条）",
                List.of("label", "num", "num", "num"), List.of(), body, List.of(), true, skeleton);
    }

    private static List<GridCell> counts(String label, DocumentCounts c) {
        return List.of(GridCell.th(label, "row"), GridCell.of(c.made()), GridCell.of(c.repealed()),
                GridCell.of(c.inForce()));
    }

    /** 2019 trial format part 二: its own columns, never mapped onto 2021's. */
    static Grid art20Format2019(Art20Format2019 a) {
        return art20Format2019(a, ART20_2019);
    }

    private static Grid art20Format2019(Art20Format2019 a, GridSkeleton skeleton) {
        List<List<GridCell>> body = new ArrayList<>();
        body.add(List.of(GridCell.th("第二十条第（一）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("本年新制作数量", "col"),
                GridCell.th("本年新公开数量", "col"), GridCell.th("对外公开总数量", "col")));
        body.add(published("规章", a.rules()));
        body.add(published("规范性文件", a.normativeDocuments()));
        body.add(List.of(GridCell.th("第二十条第（五）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("上一年项目数量", "col"),
                GridCell.th("本年增/减", "col"), GridCell.th("处理决定数量", "col")));
        body.add(items("行政许可", a.licensing()));
        body.add(items("其他对外管理服务事项", a.otherServices()));
        body.add(List.of(GridCell.th("第二十条第（六）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("上一年项目数量", "col"),
                GridCell.th("本年增/减", "col"), GridCell.th("处理决定数量", "col")));
        body.add(items("行政处罚", a.punishment()));
        body.add(items("行政强制", a.coercion()));
        body.add(List.of(GridCell.th("第二十条第（八）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("上一年项目数量", "col"),
                GridCell.th("本年增/减", "col", 1, 2)));
        body.add(List.of(GridCell.th("行政事业性收费", "row"), GridCell.of(a.fees().prevYearItems()),
                GridCell.of(a.fees().change()).withSpan(1, 2)));
        body.add(List.of(GridCell.th("第二十条第（九）项", "colgroup", 1, 4).withKind("group")));
        body.add(List.of(GridCell.th("信息内容", "col"), GridCell.th("采购项目数量", "col"),
                GridCell.th("采购总金额", "col", 1, 2)));
        body.add(List.of(GridCell.th("政府集中采购", "row"), GridCell.of(a.procurement().procurementItems()),
                GridCell.of(a.procurement().procurementAmount()).withSpan(1, 2)));
        return new Grid("table-art20", "主动公开政府信息情况（《条例》第二十条，2019年试行格式）",
                List.of("label", "num", "num", "num"), List.of(), body, List.of(), true, skeleton);
    }

    private static List<GridCell> published(String label, Art20Format2019.Published p) {
        return List.of(GridCell.th(label, "row"), GridCell.of(p.newlyMade()), GridCell.of(p.newlyPublished()),
                GridCell.of(p.totalPublished()));
    }

    private static List<GridCell> items(String label, Art20Format2019.Items i) {
        return List.of(GridCell.th(label, "row"), GridCell.of(i.prevYearItems()), GridCell.of(i.change()),
                GridCell.of(i.decisions()));
    }

    /**
     * Part 三 as printed: three label columns (group, sub-group, row) merged where the form merges them,
     * then the seven applicant columns under 申请人情况 / 法人或其他组织.
     */
    static Grid applications(ApplicationTable t) {
        return applications(t, APPLICATIONS.get(t.format()));
    }

    private static Map<ReportFormat, GridSkeleton> applicationSkeletons() {
        Map<ReportFormat, GridSkeleton> out = new EnumMap<>(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) {
            if (f != ReportFormat.PRE2019) {
                out.put(f, GridSkeleton.of(applications(ApplicationTable.of(f, Map.of()), null)));
            }
        }
        return Map.copyOf(out);
    }

    private static Grid applications(ApplicationTable t, GridSkeleton skeleton) {
        List<List<GridCell>> head = new ArrayList<>();
        head.add(List.of(
                GridCell.th("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "col", 3, 3)
                        .withKind("corner"),
                GridCell.th("申请人情况", "colgroup", 1, 7)));
        head.add(List.of(GridCell.th("自然人", "col", 2, 1), GridCell.th("法人或其他组织", "colgroup", 1, 5),
                GridCell.th("总计", "col", 2, 1)));
        List<GridCell> orgs = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.isOrganisation()) {
                orgs.add(GridCell.th(c.label(), "col"));
            }
        }
        head.add(orgs);

        List<ApplicationRow> rows = t.rows();
        int resultRows = (int) rows.stream().filter(r -> r.group() != null).count();
        List<List<GridCell>> body = new ArrayList<>();
        boolean groupOpen = false;
        String openSubgroup = null;
        for (ApplicationRow row : rows) {
            List<GridCell> tr = new ArrayList<>();
            if (row.group() == null) {
                tr.add(GridCell.th(row.label(), "row", 1, 3));
            } else {
                if (!groupOpen) {
                    tr.add(GridCell.th(row.group().label(), "rowgroup", resultRows, 1).withKind("group"));
                    groupOpen = true;
                }
                if (row.subgroup() == null) {
                    tr.add(GridCell.th(row.label(), "row", 1, 2)
                            .withKind(row == ApplicationRow.TOTAL_PROCESSED ? "total" : "label"));
                    openSubgroup = null;
                } else {
                    if (!row.subgroup().equals(openSubgroup)) {
                        int span = (int) rows.stream().filter(r -> row.subgroup().equals(r.subgroup())).count();
                        tr.add(GridCell.th(row.subgroup(), "rowgroup", span, 1).withKind("group"));
                        openSubgroup = row.subgroup();
                    }
                    tr.add(GridCell.th(row.label(), "row"));
                }
            }
            for (Cell c : t.row(row)) {
                tr.add(GridCell.of(c));
            }
            body.add(tr);
        }
        List<String> cols = new ArrayList<>(List.of("label-group", "label-sub", "label"));
        cols.addAll(Collections.nCopies(7, "num"));
        return new Grid("table-applications", "收到和处理政府信息公开申请情况", cols, head, body, List.of(), true,
                skeleton);
    }

    /** Part 四: 行政复议 and the two kinds of 行政诉讼, five result columns each (15 cells). */
    static Grid reviewLitigation(ReviewLitigation rl) {
        return reviewLitigation(rl, REVIEW);
    }

    private static Grid reviewLitigation(ReviewLitigation rl, GridSkeleton skeleton) {
        List<List<GridCell>> head = new ArrayList<>();
        head.add(List.of(GridCell.th("行政复议", "colgroup", 1, 5), GridCell.th("行政诉讼", "colgroup", 1, 10)));
        List<GridCell> second = new ArrayList<>();
        for (ReviewColumn c : ReviewColumn.values()) {
            second.add(GridCell.th(c.label(), "col", 2, 1));
        }
        second.add(GridCell.th("未经复议直接起诉", "colgroup", 1, 5));
        second.add(GridCell.th("复议后起诉", "colgroup", 1, 5));
        head.add(second);
        List<GridCell> third = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (ReviewColumn c : ReviewColumn.values()) {
                third.add(GridCell.th(c.label(), "col"));
            }
        }
        head.add(third);
        List<GridCell> row = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                row.add(GridCell.of(rl.group(g).cell(c)));
            }
        }
        return new Grid("table-review", "政府信息公开行政复议、行政诉讼情况", Collections.nCopies(15, "num"),
                head, List.of(row), List.of(), true, skeleton);
    }
}
