package cn.gongkai.data;

import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ReportJson's writing and reading are inverses: what a journalist downloads reads back to the same report. */
class ReportJsonRoundTripTest {
    private final ObjectMapper mapper = JsonMapper.create();
    private final ReportJson json = new ReportJson(mapper);

    @Test
    void writeReadWriteGivesTheSameText() {
        for (Report r : DataFixtures.reports()) {
            String once = json.toJson(r);
            String twice = json.toJson(json.fromJson(once));
            assertEquals(once, twice, r.id());
        }
    }

    /**
     * The compact form of the data files and the pretty form of {@code parse --json} hold the same object, also
     * for text that needs escaping (quotes, backslashes, control characters, characters outside the BMP), and the
     * compact form reads back to the same report.
     */
    /** The fixture reports and one whose text needs every kind of escape. */
    private static List<Report> reportsWithOddText() {
        List<Report> reports = new ArrayList<>(DataFixtures.reports());
        Map<Section, String> odd = new EnumMap<>(Section.class);
        odd.put(Section.OVERVIEW, "引号\"与反斜杠\\，换行\n回车\r制表\t退格\b换页\f，\u0001\u001f\u007f，"
                + "é ü \u2028 \uD83D\uDE00 𠀀 结束");
        odd.put(Section.OTHER, "");
        reports.add(DataFixtures.buji2024().toBuilder().id("x/2024").issuer("a\"b\\c\u0000")
                .sections(Sections.of(odd)).provenance(Map.of("applications.granted.total", "第 4 页\n第 12 行"))
                .build());
        return reports;
    }

    @Test
    void compactAndPrettyFormsHoldTheSameObjectAndReadBack() throws Exception {
        for (Report r : reportsWithOddText()) {
            String compact = new String(json.toCompactJson(r), StandardCharsets.UTF_8);
            assertTrue(compact.endsWith("}\n") && compact.indexOf('\n') == compact.length() - 1,
                    "one line: " + r.id());
            assertEquals(mapper.readTree(json.toJson(r)), mapper.readTree(compact), r.id());
            assertEquals(json.toJson(r), json.toJson(json.fromJson(compact)), r.id());
        }
    }

    /** The data files' compact JSON, written without Jackson, is byte for byte what Jackson's generator writes. */
    @Test
    void compactFormIsWhatJacksonsCompactGeneratorWrites() throws Exception {
        for (Report r : reportsWithOddText()) {
            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            try (JsonGenerator g = mapper.writer().createGenerator(jackson, JsonEncoding.UTF8)) {
                json.write(r, g);
            }
            jackson.write('\n');
            assertEquals(jackson.toString(StandardCharsets.UTF_8),
                    new String(json.toCompactJson(r), StandardCharsets.UTF_8), r.id());
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
