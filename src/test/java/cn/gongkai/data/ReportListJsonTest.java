package cn.gongkai.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The list files are laid out exactly as Jackson pretty-prints the same tree, though assembled from bytes. */
class ReportListJsonTest {
    private final ObjectMapper mapper = JsonMapper.create();
    private final ObjectWriter pretty = JsonMapper.prettyWriter(mapper);

    private String jacksonLayout(byte[] json) throws IOException {
        return pretty.writeValueAsString(mapper.readTree(json)) + "\n";
    }

    @Test
    void everyListFileIsLaidOutAsJacksonWouldLayItOut() throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        int lists = 0;
        for (Map.Entry<String, byte[]> f : sink.files().entrySet()) {
            if (f.getKey().endsWith(".json")) {
                assertEquals(jacksonLayout(f.getValue()), new String(f.getValue(), StandardCharsets.UTF_8), f.getKey());
                lists++;
            }
        }
        assertEquals(6 + 1 + 4 + 1, lists);
    }

    @Test
    void writesAnEmptyListAsJacksonDoes() throws IOException {
        Map<String, JsonNode> header = new LinkedHashMap<>();
        header.put("generator", JsonNodeFactory.instance.textNode("gongkai"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportListJson(pretty, header, 0, out).finish();
        byte[] empty = out.toByteArray();
        assertEquals("{\n  \"generator\" : \"gongkai\",\n  \"count\" : 0,\n  \"reports\" : [ ]\n}\n",
                new String(empty, StandardCharsets.UTF_8));
        assertEquals(jacksonLayout(empty), new String(empty, StandardCharsets.UTF_8));
    }

    @Test
    void refusesToCloseWithFewerReportsThanAnnounced() throws IOException {
        ReportListJson list = new ReportListJson(pretty, Map.of(), 2, new ByteArrayOutputStream());
        list.add(ReportListJson.element("{\n  \"id\" : \"a/2024\"\n}\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, list::finish);
    }
}
