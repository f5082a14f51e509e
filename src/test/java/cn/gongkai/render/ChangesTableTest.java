package cn.gongkai.render;

import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.TableCell;
import cn.gongkai.site.TestReports;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangesTableTest {
    @Test
    void cellValuesAreTheReportCellsInContractOrder() throws java.io.IOException {
        List<Report> reports = new ArrayList<>(TestReports.reports());
        Content sample = new ContentLoader(ContentLoader.yamlMapper()).load(Path.of("src/test/resources/content/sample"));
        reports.addAll(sample.reports());
        reports.add(format2019(2019, java.math.BigDecimal.ONE, java.math.BigDecimal.ONE)); // every cell a different number
        boolean f2019 = false;
        for (Report r : reports) {
            assertEquals(r.cells().stream().map(TableCell::cell).toList(), Arrays.asList(ChangesTable.cellValues(r)),
                    r.id());
            f2019 |= r.art20Format2019() != null;
        }
        assertTrue(f2019, "the sample has a 2019-format report");
    }

    @Test
    void tableWrittenFromCellsEqualsItsGrid() {
        List<Report> own = TestReports.reports().subList(0, 2);
        ChangesTable.Layouts layouts = new ChangesTable.Layouts();
        for (int i = 0; i < 2; i++) { // the second time from the layouts made the first time
            ChangesTable t = new ChangesTable("../../", own, layouts);
            PageBuffer sb = PageBuffer.page(16);
            t.appendHtml(sb);
            String expected = GridHtml.render(t.grid());
            assertEquals(expected, sb.text());
            assertEquals(expected, new String(sb.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A 2019-format report of {@code year} whose every cell is {@code first}, {@code first + step}, … */
    private static Report format2019(int year, java.math.BigDecimal first, java.math.BigDecimal step) {
        java.math.BigDecimal[] next = {first.subtract(step)};
        java.util.function.Supplier<Cell> n = () -> Cell.of(next[0] = next[0].add(step));
        var a = new Art20Format2019(new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Fees(n.get(), n.get()), new Art20Format2019.Procurement(n.get(), n.get()));
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rowsOf(ReportFormat.F2019)) {
            rows.put(r, Stream.generate(n).limit(7).toList());
        }
        return Report.builder(ReportFormat.F2019).id("x/" + year).year(year).art20Format2019(a)
                .applications(ApplicationTable.of(ReportFormat.F2019, rows))
                .reviewLitigation(ReviewLitigation.of(Stream.generate(n).limit(15).toList())).build();
    }

    @Test
    void yearsOfOneShapeGiveTheRowsAndChangesOfTheirGrid() {
        // whole numbers up and down, large ones, decimals, negative ones: every change as the grid writes it
        List<Report> own = List.of(
                format2019(2019, new java.math.BigDecimal("5"), java.math.BigDecimal.ONE),
                format2019(2020, new java.math.BigDecimal("123456789012345678"), new java.math.BigDecimal("-7")),
                format2019(2021, new java.math.BigDecimal("-3.5"), new java.math.BigDecimal("0.25")),
                format2019(2022, new java.math.BigDecimal("-3.5"), new java.math.BigDecimal("0.25")));
        ChangesTable t = new ChangesTable("../", own, new ChangesTable.Layouts());
        PageBuffer sb = PageBuffer.page(16);
        t.appendHtml(sb);
        String html = GridHtml.render(t.grid());
        assertEquals(html, sb.text());
        assertTrue(html.contains("<td>123456789012345678 <small>+123456789012345673</small>"), html);
        assertTrue(html.contains("<td>-3.5 <small>−123456789012345681.5</small>"), html);
        assertTrue(html.contains(" <small>±0</small>"), html);
        // one row per cell of the shape after the headline figures, in contract order
        List<GridCell> labels = t.grid().body().stream().map(r -> r.get(0)).toList();
        List<String> cellLabels = own.get(0).cells().stream().map(c -> c.label()).toList();
        List<String> shown = labels.subList(labels.size() - cellLabels.size(), labels.size()).stream()
                .map(GridCell::text).toList();
        assertEquals(cellLabels, shown.stream().map(l -> l.substring(l.indexOf('：') + 1)).toList());
    }

    @Test
    void yearsOfDifferentShapesGetOneRowPerCellKeyInTheOrderFirstSeen() {
        Report other = TestReports.reports().get(0);
        List<Report> own = List.of(format2019(2019, new java.math.BigDecimal("1"), java.math.BigDecimal.ONE), other,
                format2019(2021, new java.math.BigDecimal("2"), java.math.BigDecimal.ONE));
        assertTrue(other.art20Format2019() == null, "a report of another shape");
        ChangesTable.Layouts layouts = new ChangesTable.Layouts();
        for (int round = 0; round < 2; round++) { // the second time from the rows made the first time
            ChangesTable t = new ChangesTable("../", own, layouts);
            // the reference: a map of cell keys filled year by year, rows without any known cell left out
            Map<String, Cell[]> byKey = new java.util.LinkedHashMap<>();
            Map<String, String> labelOf = new java.util.HashMap<>();
            for (int i = 0; i < own.size(); i++) {
                for (TableCell c : own.get(i).cells()) {
                    String key = c.table() + "/" + c.row() + "/" + c.column();
                    byKey.computeIfAbsent(key, k -> new Cell[own.size()])[i] = c.cell();
                    labelOf.putIfAbsent(key, c.label());
                }
            }
            List<String> expected = new ArrayList<>();
            for (Map.Entry<String, Cell[]> e : byKey.entrySet()) {
                if (Arrays.stream(e.getValue()).anyMatch(c -> c != null && !c.isUnknown())) {
                    expected.add(labelOf.get(e.getKey()) + " " + Arrays.stream(e.getValue())
                            .map(c -> GridCell.of(c == null ? Cell.UNKNOWN : c).text()).toList());
                }
            }
            List<String> actual = new ArrayList<>();
            for (List<GridCell> row : t.grid().body()) {
                if (!"headline".equals(row.get(0).kind())) {
                    String label = row.get(0).text();
                    actual.add(label.substring(label.indexOf('：') + 1) + " "
                            + row.subList(1, row.size()).stream().map(GridCell::text).toList());
                }
            }
            assertEquals(expected, actual);
            PageBuffer sb = PageBuffer.page(16);
            t.appendHtml(sb);
            assertEquals(GridHtml.render(t.grid()), sb.text());
        }
    }
}
