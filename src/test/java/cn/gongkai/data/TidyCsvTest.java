package cn.gongkai.data;

import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.TableCell;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tidy rows, written by walking the tables, are the report's cells in the model's contract order. */
class TidyCsvTest {

    @Test
    void rowsAreTheCellsOfTheReportInTheModelsOrder() throws IOException {
        int rows = 0;
        for (Report r : DataFixtures.reports()) {
            CsvRows out = new CsvRows(TidyCsv.FIELDS, 4096);
            TidyCsv.writeRows(r, out);
            List<String[]> written = CsvFiles.rows(out.toByteArray());
            List<String> expected = new ArrayList<>();
            for (TableCell c : r.cells()) {
                expected.add(String.join("|", r.id(), c.table(), c.row(), c.column(), TidyCsv.value(c.cell()),
                        TidyCsv.raw(c.cell())));
            }
            List<String> actual = written.subList(1, written.size()).stream()
                    .map(w -> String.join("|", w[0], w[7], w[8], w[9], w[10], w[11])).toList();
            assertEquals(expected, actual, r.id());
            rows += actual.size();
        }
        assertTrue(rows > 400, "the fixtures have tables of both formats");
    }

    @Test
    void takesTheRawTextAsTheValueOnlyWhenItIsTheNumbersPlainNotation() {
        assertTrue(TidyCsv.writtenPlainly(new BigDecimal("0"), "0"));
        assertTrue(TidyCsv.writtenPlainly(new BigDecimal("1203"), "1203"));
        assertTrue(TidyCsv.writtenPlainly(new BigDecimal("-417"), "-417"));
        for (String raw : List.of("012", "1,203", "1203件", "+1203", " 1203", "", "-", "-0", "1203.0")) {
            assertFalse(TidyCsv.writtenPlainly(new BigDecimal("1203"), raw), raw);
        }
        assertFalse(TidyCsv.writtenPlainly(new BigDecimal("1204"), "1203"), "a raw text that is another number");
        assertFalse(TidyCsv.writtenPlainly(new BigDecimal("12.5"), "12.5"), "decimals are formatted");
        assertFalse(TidyCsv.writtenPlainly(new BigDecimal("99999999999999999999"), "99999999999999999999"));
        assertEquals("12.5", TidyCsv.value(Cell.of(new BigDecimal("12.50"))));
    }
}
