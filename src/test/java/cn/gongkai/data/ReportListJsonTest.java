package cn.gongkai.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The JSON data files are laid out as Jackson lays out the same tree: compact for the report and list files,
 * pretty (two-space indent) for the descriptions of the data, {@code datapackage.json} and the wide schema.
 */
class ReportListJsonTest {
    private final ObjectMapper mapper = JsonMapper.create();
    private final ObjectWriter pretty = JsonMapper.prettyWriter(mapper);

    @Test
    void everyJsonFileIsLaidOutAsJacksonWouldLayItOut() throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        int compact = 0;
        int described = 0;
        for (Map.Entry<String, byte[]> f : sink.files().entrySet()) {
            if (!f.getKey().endsWith(".json")) {
                continue;
            }
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().equals(DataFiles.DATA_PACKAGE) || f.getKey().equals(DataFiles.WIDE_SCHEMA)) {
                assertEquals(pretty.writeValueAsString(mapper.readTree(f.getValue())) + "\n", text, f.getKey());
                described++;
            } else {
                assertEquals(mapper.writeValueAsString(mapper.readTree(f.getValue())) + "\n", text, f.getKey());
                compact++;
            }
        }
        assertEquals(6 + 1 + 4, compact, "the reports' files, reports.json and the region files");
        assertEquals(2, described);
    }

    @Test
    void writesAnEmptyListAsJacksonDoes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportListJson(j -> {
            j.name("note");
            j.string("空");
        }, 0, out).finish();
        String empty = out.toString(StandardCharsets.UTF_8);
        assertEquals("{\"generator\":\"gongkai\",\"note\":\"空\",\"count\":0,\"reports\":[]}\n", empty);
        assertEquals(mapper.writeValueAsString(mapper.readTree(empty)) + "\n", empty);
    }

    @Test
    void refusesToCloseWithFewerReportsThanAnnounced() throws IOException {
        ReportListJson list = new ReportListJson(j -> { }, 2, new ByteArrayOutputStream());
        byte[] report = "{\"id\":\"a/2024\"}".getBytes(StandardCharsets.UTF_8);
        list.add(report, report.length);
        assertThrows(IllegalStateException.class, list::finish);
    }
}
