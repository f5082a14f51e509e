package cn.gongkai.data;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row or review group of zeros is copied whole into the JSON and the tidy CSV when its cells are the shared 0;
 * the same report with every 0 a cell of its own (written cell by cell) gives the same bytes.
 */
class ZeroRowsTest {
    private final ReportJson json = new ReportJson(JsonMapper.create());

    @Test
    void rowsOfZerosGiveTheSameBytesCopiedWholeAsWrittenCellByCell() {
        int zeroRows = 0;
        for (Report shared : DataFixtures.reports()) {
            Report own = withOwnZeros(shared);
            assertEquals(new String(json.toCompactJson(shared), StandardCharsets.UTF_8),
                    new String(json.toCompactJson(own), StandardCharsets.UTF_8), shared.id());
            assertEquals(tidy(shared), tidy(own), shared.id());
            if (shared.applications() != null) {
                for (ApplicationRow row : shared.applications().rows()) {
                    zeroRows += ReportJson.allZero(shared.applications().row(row)) ? 1 : 0;
                    assertTrue(!ReportJson.allZero(own.applications().row(row)), "every 0 is a cell of its own");
                }
            }
            if (shared.reviewLitigation() != null) {
                for (ReviewGroup g : ReviewGroup.values()) {
                    zeroRows += ReportJson.allZero(shared.reviewLitigation().group(g)) ? 1 : 0;
                }
            }
        }
        assertTrue(zeroRows > 20, "the fixtures have rows and groups of zeros: " + zeroRows);
    }

    private static String tidy(Report r) {
        CsvRows rows = new CsvRows(4096);
        TidyCsv.writeRows(r, rows);
        return new String(rows.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The report with each shared 0 of parts 三 and 四 replaced by a cell of its own holding 0. */
    private static Report withOwnZeros(Report r) {
        Report.Builder b = r.toBuilder();
        if (r.applications() != null) {
            Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
            for (ApplicationRow row : r.applications().rows()) {
                rows.put(row, own(r.applications().row(row)));
            }
            b.applications(ApplicationTable.of(r.format(), rows));
        }
        if (r.reviewLitigation() != null) {
            ReviewLitigation rl = r.reviewLitigation();
            b.reviewLitigation(new ReviewLitigation(ReviewOutcome.of(own(rl.group(ReviewGroup.values()[0]).cells())),
                    ReviewOutcome.of(own(rl.group(ReviewGroup.values()[1]).cells())),
                    ReviewOutcome.of(own(rl.group(ReviewGroup.values()[2]).cells()))));
        }
        return b.build();
    }

    private static List<Cell> own(List<Cell> cells) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (c == ReportJson.ZERO) {
                Cell fresh = new Cell.Num(new BigDecimal("0"), "0");
                assertNotSame(ReportJson.ZERO, fresh);
                out.add(fresh);
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
