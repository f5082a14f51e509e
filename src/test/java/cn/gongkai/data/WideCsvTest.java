package cn.gongkai.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wide CSV keeps number, not applicable and unknown apart, and never moves 2019 columns into 2021 ones. */
class WideCsvTest {

    private static Map<String, Map<String, String>> rowsById() throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(JsonMapper.create()).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        List<String[]> rows = CsvFiles.rows(sink.get(DataFiles.WIDE_CSV));
        String[] header = rows.get(0);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(header.length, row.length);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], row[i]);
            }
            out.put(m.get("report_id"), m);
        }
        return out;
    }

    @Test
    void aFigureIsTheNumbersPlainNotationSlashOrEmpty() {
        for (String v : List.of("0", "7", "999", "1000", "1023", "1024", "12.5", "0.25", "-3", "-999", "1E+3", "2.50",
                "99999999999999999999")) {
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            cn.gongkai.model.Cell c = cn.gongkai.model.Cell.of(d);
            assertEquals(((cn.gongkai.model.Cell.Num) c).value().toPlainString(), WideCsv.figure(c), v);
            assertEquals(((cn.gongkai.model.Cell.Num) c).value().toPlainString(),
                    WideCsv.figure(new cn.gongkai.model.Cell.Num(d, "as written")), v);
        }
        assertEquals("/", WideCsv.figure(cn.gongkai.model.Cell.notApplicable("—")));
        assertEquals("", WideCsv.figure(cn.gongkai.model.Cell.UNKNOWN));
    }

    @Test
    void writesNumbersNotApplicableAsSlashAndUnknownAsEmpty() throws IOException {
        Map<String, String> r = rowsById().get("shandong/jining/jinxiang/buji-zhen/2024");
        assertEquals("12", r.get("licensing_decisions"));
        assertEquals("/", r.get("punishment_decisions"), "written — in the report: not applicable");
        assertEquals("", r.get("coercion_decisions"), "unknown");
        assertEquals("0.35", r.get("fee_income_10k_yuan"));
        assertEquals("/", r.get("rules_in_force"));
        assertEquals("", r.get("denied_state_secret_total"), "a row the source lost is unknown");
        assertEquals("/", r.get("litigation_after_review_total"));
        assertEquals("33", r.get("proactive_total"));
        assertEquals("1", r.get("errors"));
        assertEquals("1", r.get("warnings"));
        assertEquals("2025-01-20", r.get("published"));
    }

    @Test
    void leavesThe2021ColumnsOfA2019ReportEmptyAndFillsItsOwnRows() throws IOException {
        Map<String, String> r = rowsById().get("shandong/jining/jinxiang/huji-zhen/2019");
        assertEquals("2019", r.get("format"));
        for (String col : List.of("rules_made", "licensing_decisions", "punishment_decisions", "fee_income_10k_yuan",
                "other_no_correction_total", "other_fee_unpaid_total", "other_other_total")) {
            assertEquals("", r.get(col), col);
        }
        assertEquals("1", r.get("other_total_total"));
        assertEquals("1", r.get("total_processed_total"));
    }

    @Test
    void givesAPre2019ReportNoFigures() throws IOException {
        Map<String, String> r = rowsById().get("shandong/jining/jinxiang/huji-zhen/2017");
        assertEquals("pre2019", r.get("format"));
        for (String col : List.of("new_received_total", "granted_total", "review_total", "rules_made")) {
            assertEquals("", r.get(col), col);
        }
    }

    @Test
    void leavesARegionLevelTheReportDoesNotStateEmpty() throws IOException {
        Map<String, String> r = rowsById().get("maying-zhen/2024");
        assertEquals("", r.get("province"));
        assertEquals("", r.get("county"));
        assertEquals("马营镇", r.get("township"));
        assertEquals("0", r.get("review_total"));
        assertEquals("", r.get("litigation_direct_total"));
    }

    @Test
    void everyFigureColumnMatchesItsDeclaredPattern() throws IOException {
        for (Map<String, String> r : rowsById().values()) {
            for (DataField f : WideCsv.FIELDS) {
                String v = r.get(f.name());
                if (f.pattern() != null && !v.isEmpty()) {
                    assertTrue(v.matches(f.pattern()), f.name() + " = " + v);
                }
                if ("integer".equals(f.type()) && !v.isEmpty()) {
                    assertTrue(v.matches("-?[0-9]+"), f.name() + " = " + v);
                }
            }
        }
    }
}
