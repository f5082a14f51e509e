package cn.gongkai.render;

import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.site.TestReports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTablesTest {
    private static int width(List<GridCell> row) {
        return row.stream().mapToInt(GridCell::colspan).sum();
    }

    @Test
    void applicationTableHas25RowsUnderMergedHeadersIn2021() {
        Grid g = ReportTables.applications(TestReports.reports().get(0).applications());
        assertEquals(25, g.body().size());
        assertEquals(3, g.head().size());
        assertEquals(10, width(g.head().get(0)));
        GridCell results = g.body().get(2).get(0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(22, results.rowspan());
        GridCell denied = g.body().get(4).get(0);
        assertEquals("（三）不予公开", denied.text());
        assertEquals(8, denied.rowspan());
        // every body row ends in the seven applicant columns
        for (List<GridCell> row : g.body()) {
            assertEquals(7, row.stream().filter(c -> !c.header()).count());
        }
    }

    @Test
    void lostRowShowsUnknownCellsNeverZero() {
        Grid g = ReportTables.applications(TestReports.reports().get(0).applications());
        List<GridCell> stateSecret = g.body().get(4);
        assertEquals("1.属于国家秘密", stateSecret.get(1).text());
        assertTrue(stateSecret.stream().filter(c -> !c.header()).allMatch(c -> c.kind().equals("unknown")
                && c.text().equals("未知")));
    }

    @Test
    void format2019HasItsOwn23RowsAndArticle20Columns() {
        Grid g = ReportTables.applications(ApplicationTable.of(ReportFormat.F2019, Map.of()));
        assertEquals(23, g.body().size());
        assertEquals("（六）其他处理", g.body().get(20).get(0).text());
        Grid a = ReportTables.art20Format2019(new Art20Format2019(null, null,
                new Art20Format2019.Items(Cell.of(716), Cell.of(-417), Cell.of(298)), null, null, null, null, null));
        String text = a.body().stream().flatMap(List::stream).map(GridCell::text).toList().toString();
        assertTrue(text.contains("本年新制作数量") && text.contains("-417") && text.contains("政府集中采购"), text);
    }

    @Test
    void reviewTableHasFifteenCellsUnderThreeHeaderRows() {
        Grid g = ReportTables.reviewLitigation(TestReports.reports().get(0).reviewLitigation());
        assertEquals(15, g.body().get(0).size());
        assertEquals(15, width(g.head().get(0)));
        assertEquals(5, g.body().get(0).stream().filter(c -> c.kind().equals("na")).count());
        assertEquals(5, g.body().get(0).stream().filter(c -> c.kind().equals("unknown")).count());
    }

    @Test
    void officialTablesWrittenFromTheirSkeletonEqualCellByCellMarkup() {
        List<Grid> grids = new java.util.ArrayList<>();
        for (cn.gongkai.model.Report r : TestReports.reports()) {
            if (r.art20() != null) {
                grids.add(ReportTables.art20(r.art20()));
            }
            if (r.applications() != null) {
                grids.add(ReportTables.applications(r.applications()));
            }
            if (r.reviewLitigation() != null) {
                grids.add(ReportTables.reviewLitigation(r.reviewLitigation()));
            }
        }
        grids.add(ReportTables.applications(ApplicationTable.of(ReportFormat.F2021, Map.of())));
        grids.add(ReportTables.applications(ApplicationTable.of(ReportFormat.F2019, Map.of())));
        grids.add(ReportTables.art20Format2019(new Art20Format2019(null, null,
                new Art20Format2019.Items(Cell.of(716), Cell.of(-417), Cell.of(298)), null, null, null, null,
                new Art20Format2019.Procurement(Cell.notApplicable(), Cell.of(12)))));
        for (Grid g : grids) {
            assertTrue(g.skeleton() != null && g.skeleton().fits(g), g.id());
            assertEquals(GridHtml.render(g), g.html(), g.id());
        }
    }

    @Test
    void officialTablesWrittenAsFormsEqualTheirGridsCellForCell() {
        // every cell a different number, so a cell out of place shows
        int[] next = {0};
        java.util.function.Supplier<Cell> n = () -> Cell.of(++next[0]);
        var art20 = new cn.gongkai.model.Art20(new cn.gongkai.model.DocumentCounts(n.get(), n.get(), n.get()),
                new cn.gongkai.model.DocumentCounts(n.get(), n.get(), n.get()), n.get(), n.get(), n.get(), n.get());
        assertEquals(ReportTables.art20(art20).html(), html(ReportTables.art20Form(art20)));
        var a19 = new Art20Format2019(new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Fees(n.get(), n.get()), new Art20Format2019.Procurement(n.get(), n.get()));
        assertEquals(ReportTables.art20Format2019(a19).html(), html(ReportTables.art20Format2019Form(a19)));
        for (ReportFormat f : List.of(ReportFormat.F2021, ReportFormat.F2019)) {
            Map<cn.gongkai.model.ApplicationRow, List<Cell>> rows = new java.util.EnumMap<>(cn.gongkai.model.ApplicationRow.class);
            for (cn.gongkai.model.ApplicationRow r : cn.gongkai.model.ApplicationRow.rowsOf(f)) {
                rows.put(r, java.util.stream.Stream.generate(n).limit(7).toList());
            }
            ApplicationTable t = ApplicationTable.of(f, rows);
            assertEquals(ReportTables.applications(t).html(), html(ReportTables.applicationsForm(t)), f.toString());
        }
        var rl = cn.gongkai.model.ReviewLitigation.of(java.util.stream.Stream.generate(n).limit(15).toList());
        assertEquals(ReportTables.reviewLitigation(rl).html(), html(ReportTables.reviewLitigationForm(rl)));
        // and the fixtures' tables: /, 未知, decimals, a lost row
        for (cn.gongkai.model.Report r : TestReports.reports()) {
            assertEquals(ReportTables.art20(r.art20()).html(), html(ReportTables.art20Form(r.art20())));
            assertEquals(ReportTables.applications(r.applications()).html(),
                    html(ReportTables.applicationsForm(r.applications())));
            assertEquals(ReportTables.reviewLitigation(r.reviewLitigation()).html(),
                    html(ReportTables.reviewLitigationForm(r.reviewLitigation())));
        }
    }

    private static String html(FormTable form) {
        PageBuffer sb = PageBuffer.page(16);
        form.appendHtml(sb);
        assertEquals(sb.text(), new String(sb.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        return sb.text();
    }
}
