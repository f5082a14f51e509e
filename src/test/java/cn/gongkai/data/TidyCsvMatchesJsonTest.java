package cn.gongkai.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two downloads agree: every cell of every report in {@code reports.json} is one row of {@code cells.csv}
 * with the same number, or the not-applicable mark, or nothing for unknown; and the per-region files list
 * exactly their reports: each with its wide-CSV row and a link to its JSON file, and its rows of the tidy CSV.
 */
class TidyCsvMatchesJsonTest {
    private static final List<String> TABLES = List.of("art20", "art20_2019", "applications", "review_litigation");
    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    void everyJsonCellAppearsIdenticallyInTheTidyCsv() throws IOException {
        MemorySink sink = write();
        Map<String, String[]> csv = byKey(CsvFiles.rows(sink.get(DataFiles.TIDY_CSV)));
        int cells = 0;
        int numbers = 0;
        int notApplicable = 0;
        int unknown = 0;
        for (JsonNode report : mapper.readTree(sink.get(DataFiles.ALL_REPORTS_JSON)).path("reports")) {
            String id = report.path("id").asText();
            for (String table : TABLES) {
                for (Iterator<Map.Entry<String, JsonNode>> rows = report.path(table).fields(); rows.hasNext(); ) {
                    Map.Entry<String, JsonNode> row = rows.next();
                    Map<String, JsonNode> columns = new LinkedHashMap<>();
                    if (row.getValue().isObject()) {
                        row.getValue().fields().forEachRemaining(c -> columns.put(c.getKey(), c.getValue()));
                    } else {
                        columns.put("value", row.getValue());
                    }
                    for (Map.Entry<String, JsonNode> col : columns.entrySet()) {
                        String key = String.join("|", id, table, row.getKey(), col.getKey());
                        String[] line = csv.remove(key);
                        assertNotNull(line, "no CSV row for " + key);
                        assertEquals(report.path("issuer").asText(), line[1], key);
                        assertEquals(report.path("region").path("township").asText(""), line[5], key);
                        assertEquals(report.path("year").asText(), line[6], key);
                        JsonNode v = col.getValue();
                        String value = line[10];
                        String raw = line[11];
                        if (v.isNumber()) {
                            String json = v.isIntegralNumber() ? v.asText() : v.decimalValue().toPlainString();
                            assertEquals(json, value, key);
                            assertFalse(raw.isEmpty(), key + ": a number keeps its raw text");
                            numbers++;
                        } else if (v.isTextual()) {
                            assertEquals("/", v.asText(), key);
                            assertEquals("", value, key + ": not applicable has no value");
                            assertFalse(raw.isEmpty(), key + ": not applicable keeps a mark in raw");
                            notApplicable++;
                        } else {
                            assertTrue(v.isNull(), key);
                            assertEquals("", value, key);
                            assertEquals("", raw, key + ": unknown is empty");
                            unknown++;
                        }
                        cells++;
                    }
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(csv.keySet()), "CSV rows that are not cells of the JSON");
        assertTrue(numbers > 0 && notApplicable > 0 && unknown > 0, "fixtures cover all three cell states");
        assertEquals(788, cells);
    }

    @Test
    void eachRegionFileListsExactlyItsReportsWithTheirRowsOfTheWideCsv() throws IOException {
        MemorySink sink = write();
        List<String[]> all = CsvFiles.rows(sink.get(DataFiles.TIDY_CSV));
        List<String[]> wide = CsvFiles.rows(sink.get(DataFiles.WIDE_CSV));
        String[] wideHeader = wide.get(0);
        JsonNode allJson = mapper.readTree(sink.get(DataFiles.ALL_REPORTS_JSON)).path("reports");
        int regions = 0;
        int figures = 0;
        for (String path : sink.files().keySet()) {
            if (!path.startsWith(DataFiles.DIR + "townships/") || !path.endsWith(".json")) {
                continue;
            }
            String region = path.substring((DataFiles.DIR + "townships/").length(), path.length() - 5);
            JsonNode file = mapper.readTree(sink.get(path));
            assertEquals(region, file.path("region").path("path").asText());
            List<String> expectedIds = new ArrayList<>();
            for (JsonNode r : allJson) {
                if (DataFiles.regionPathOf(r.path("id").asText()).equals(region)) {
                    expectedIds.add(r.path("id").asText());
                }
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode entry : file.path("reports")) {
                String id = entry.path("report_id").asText();
                ids.add(id);
                String[] row = wide.stream().filter(w -> w[0].equals(id)).findFirst().orElseThrow();
                List<String> keys = new ArrayList<>();
                entry.fieldNames().forEachRemaining(keys::add);
                List<String> expectedKeys = new ArrayList<>(List.of(wideHeader));
                expectedKeys.add("json");
                assertEquals(expectedKeys, keys, id + ": the wide CSV's columns, then json");
                for (int i = 0; i < wideHeader.length; i++) {
                    JsonNode v = entry.path(wideHeader[i]);
                    String text = v.isNull() ? "" : v.isNumber() && !v.isIntegralNumber()
                            ? v.decimalValue().toPlainString() : v.asText();
                    assertEquals(row[i], text, id + " " + wideHeader[i]);
                    if (v.isNumber()) {
                        figures++;
                    }
                }
                String json = DataFiles.DIR + entry.path("json").asText();
                assertEquals(DataFiles.reportJsonPath(id), json, id);
                assertEquals(id, mapper.readTree(sink.get(json)).path("id").asText(), "the link leads to the report");
            }
            assertEquals(expectedIds, ids, region);
            assertEquals(expectedIds.size(), file.path("count").asInt(), region);

            List<String> expectedRows = new ArrayList<>();
            expectedRows.add(String.join(",", wideHeader));
            for (String[] row : wide.subList(1, wide.size())) {
                if (DataFiles.regionPathOf(row[0]).equals(region)) {
                    expectedRows.add(String.join(",", row));
                }
            }
            List<String> rows = CsvFiles.rows(sink.get(DataFiles.regionCsvPath(region))).stream()
                    .map(r -> String.join(",", r)).toList();
            assertEquals(expectedRows, rows, region);
            regions++;
        }
        assertEquals(4, regions, "buji-zhen, huji-zhen, the county's own folder and maying-zhen");
        assertTrue(figures > 6 * 4, "figures are JSON numbers");
    }

    private MemorySink write() throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        return sink;
    }

    private static Map<String, String[]> byKey(List<String[]> rows) {
        assertEquals(List.of("report_id", "issuer", "province", "city", "county", "township", "year", "table", "row",
                "column", "value", "raw"), List.of(rows.get(0)), "the contract's tidy columns, in order");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(12, row.length);
            String key = String.join("|", row[0], row[7], row[8], row[9]);
            assertTrue(out.put(key, row) == null, "two CSV rows for " + key);
        }
        return out;
    }
}
