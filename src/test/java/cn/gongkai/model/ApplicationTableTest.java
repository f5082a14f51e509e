package cn.gongkai.model;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTableTest {

    @Test
    void the2021FormatHas25RowsAndThe2019FormatHas23() {
        assertEquals(25, ApplicationRow.rowsOf(ReportFormat.F2021).size());
        assertEquals(23, ApplicationRow.rowsOf(ReportFormat.F2019).size());
        assertTrue(ApplicationRow.rowsOf(ReportFormat.F2019).contains(ApplicationRow.OTHER_TOTAL));
        assertFalse(ApplicationRow.rowsOf(ReportFormat.F2021).contains(ApplicationRow.OTHER_TOTAL));
        assertFalse(ApplicationRow.rowsOf(ReportFormat.F2019).contains(ApplicationRow.OTHER_OTHER));
    }

    @Test
    void rowsNotGivenAreUnknownNotZero() {
        ApplicationTable t = ApplicationTable.of(ReportFormat.F2021,
                Map.of(ApplicationRow.NEW_RECEIVED, Collections.nCopies(7, Cell.of(0))));
        assertEquals(Cell.of(0), t.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals(Cell.UNKNOWN, t.cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL));
        assertEquals(24, t.unknownRows().size());
        assertFalse(t.isAllUnknown());
    }

    @Test
    void rejectsARowOfTheWrongWidthOrFormat() {
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.of(ReportFormat.F2021,
                Map.of(ApplicationRow.GRANTED, List.of(Cell.of(1), Cell.of(1)))));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.of(ReportFormat.F2021,
                Map.of(ApplicationRow.OTHER_TOTAL, Collections.nCopies(7, Cell.of(0)))));
        assertThrows(IllegalArgumentException.class, () -> ApplicationTable.of(ReportFormat.PRE2019, Map.of()));
    }

    @Test
    void resultRowsAreTheOnesThatSumToTheTotal() {
        long results = ApplicationRow.rowsOf(ReportFormat.F2021).stream().filter(ApplicationRow::isResult).count();
        assertEquals(21, results);
        assertFalse(ApplicationRow.TOTAL_PROCESSED.isResult());
        assertFalse(ApplicationRow.CARRIED_FORWARD.isResult());
        assertEquals("（三）不予公开1.属于国家秘密", ApplicationRow.DENIED_STATE_SECRET.fullLabel());
    }

    @Test
    void reportCellsEnumerateEveryCellInContractOrder() {
        Report r = Report.builder(ReportFormat.F2021)
                .art20(Art20.UNKNOWN)
                .applications(ApplicationTable.of(ReportFormat.F2021, Map.of()))
                .reviewLitigation(ReviewLitigation.of(Collections.nCopies(15, Cell.of(0))))
                .build();
        List<TableCell> cells = r.cells();
        assertEquals(10 + 25 * 7 + 15, cells.size());
        assertEquals("art20.rules.made", cells.get(0).path());
        assertEquals("art20.fee_income_10k_yuan", cells.get(9).path());
        assertEquals("applications.new_received.natural_person", cells.get(10).path());
        assertEquals("review_litigation.litigation_after_review.total", cells.get(cells.size() - 1).path());
    }
}
