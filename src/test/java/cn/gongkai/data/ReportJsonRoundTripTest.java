package cn.gongkai.data;

import cn.gongkai.model.Report;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ReportJson's writing and reading are inverses: what a journalist downloads reads back to the same report. */
class ReportJsonRoundTripTest {
    private final ReportJson json = new ReportJson(JsonMapper.create());

    @Test
    void writeReadWriteGivesTheSameText() {
        for (Report r : DataFixtures.reports()) {
            String once = json.toJson(r);
            String twice = json.toJson(json.fromJson(once));
            assertEquals(once, twice, r.id());
        }
    }

    @Test
    void writesTheSameBytesAsTheSameText() {
        for (Report r : DataFixtures.reports()) {
            assertEquals(json.toJson(r), new String(json.toJsonBytes(r), StandardCharsets.UTF_8), r.id());
        }
    }

    @Test
    void readingKeepsEveryCellState() {
        for (Report r : DataFixtures.reports()) {
            Report back = json.fromJson(json.toJson(r));
            assertEquals(r.cells().size(), back.cells().size(), r.id());
            for (int i = 0; i < r.cells().size(); i++) {
                assertEquals(r.cells().get(i).cell().display(), back.cells().get(i).cell().display(),
                        r.id() + " " + r.cells().get(i).path());
            }
            assertEquals(r.diagnostics(), back.diagnostics(), r.id());
            assertEquals(r.sections(), back.sections(), r.id());
            assertEquals(r.region(), back.region(), r.id());
        }
    }
}
