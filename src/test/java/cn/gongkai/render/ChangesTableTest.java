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
        reports.add(format2019());
        boolean f2019 = false;
        for (Report r : reports) {
            assertEquals(r.cells().stream().map(TableCell::cell).toList(), Arrays.asList(ChangesTable.cellValues(r)),
                    r.id());
            f2019 |= r.art20Format2019() != null;
        }
        assertTrue(f2019, "the sample has a 2019-format report");
    }

    /** A 2019-format report whose every cell is a different number. */
    private static Report format2019() {
        int[] next = {0};
        java.util.function.Supplier<Cell> n = () -> Cell.of(++next[0]);
        var a = new Art20Format2019(new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Published(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Items(n.get(), n.get(), n.get()), new Art20Format2019.Items(n.get(), n.get(), n.get()),
                new Art20Format2019.Fees(n.get(), n.get()), new Art20Format2019.Procurement(n.get(), n.get()));
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rowsOf(ReportFormat.F2019)) {
            rows.put(r, Stream.generate(n).limit(7).toList());
        }
        return Report.builder(ReportFormat.F2019).id("x/2019").year(2019).art20Format2019(a)
                .applications(ApplicationTable.of(ReportFormat.F2019, rows))
                .reviewLitigation(ReviewLitigation.of(Stream.generate(n).limit(15).toList())).build();
    }

    @Test
    void tableWrittenFromCellsEqualsItsGrid() {
        List<Report> own = TestReports.reports().subList(0, 2);
        ChangesTable.Layouts layouts = new ChangesTable.Layouts();
        for (int i = 0; i < 2; i++) { // the second time from the layouts made the first time
            ChangesTable t = new ChangesTable("../../", own, layouts);
            PageBuffer sb = PageBuffer.page(16).reset(true);
            t.appendHtml(sb);
            String expected = GridHtml.render(t.grid());
            assertEquals(expected, sb.text());
            assertEquals(expected, new String(sb.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
