package cn.gongkai.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code datapackage.json} describes exactly the files written, with their true sizes and hashes. */
class DataPackageTest {
    private final ObjectMapper mapper = JsonMapper.create();

    private JsonNode writePackage(MemorySink sink) throws IOException {
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        return mapper.readTree(sink.get(DataFiles.DATA_PACKAGE));
    }

    @Test
    void everyHashAndSizeMatchesTheBytesWritten() throws Exception {
        MemorySink sink = new MemorySink();
        JsonNode dp = writePackage(sink);
        int checked = 0;
        for (JsonNode r : dp.path("resources")) {
            byte[] bytes = sink.get(DataFiles.DIR + r.path("path").asText());
            assertEquals("sha256:" + sha256(bytes), r.path("hash").asText(), r.path("path").asText());
            assertEquals(bytes.length, r.path("bytes").asLong(), r.path("path").asText());
            checked++;
        }
        assertEquals(sink.files().size() - 1, checked);
    }

    @Test
    void listsEveryFileWrittenExceptItselfOnceWithAUniqueValidName() throws IOException {
        MemorySink sink = new MemorySink();
        JsonNode dp = writePackage(sink);
        Set<String> listed = new TreeSet<>();
        Set<String> names = new HashSet<>();
        for (JsonNode r : dp.path("resources")) {
            assertTrue(listed.add(DataFiles.DIR + r.path("path").asText()), "listed twice: " + r.path("path"));
            String name = r.path("name").asText();
            assertTrue(names.add(name), "name used twice: " + name);
            assertTrue(name.matches("[a-z0-9._-]+"), "not a Frictionless name: " + name);
            assertEquals("utf-8", r.path("encoding").asText());
        }
        Set<String> written = new TreeSet<>(sink.files().keySet());
        written.remove(DataFiles.DATA_PACKAGE);
        assertEquals(written, listed);
        assertEquals("data-package", dp.path("profile").asText());
        assertFalse(dp.path("licenses").path(0).path("title").asText().isEmpty());
    }

    @Test
    void eachCsvSchemaInlineOrSharedNamesTheColumnsOfItsHeaderRowInOrder() throws IOException {
        MemorySink sink = new MemorySink();
        JsonNode dp = writePackage(sink);
        int csvFiles = 0;
        int sharedSchema = 0;
        for (JsonNode r : dp.path("resources")) {
            boolean csv = "csv".equals(r.path("format").asText());
            assertEquals(csv ? "tabular-data-resource" : "data-resource", r.path("profile").asText());
            if (!csv) {
                assertTrue(r.path("schema").isMissingNode(), "JSON resources have no table schema");
                continue;
            }
            JsonNode table = r.path("schema");
            if (table.isTextual()) {
                table = mapper.readTree(sink.get(DataFiles.DIR + table.asText()));
                sharedSchema++;
            }
            List<String> schema = new ArrayList<>();
            for (JsonNode f : table.path("fields")) {
                schema.add(f.path("name").asText());
                assertFalse(f.path("description").asText().isBlank(), "undocumented column " + f.path("name"));
            }
            String[] header = CsvFiles.rows(sink.get(DataFiles.DIR + r.path("path").asText())).get(0);
            assertEquals(List.of(header), schema, r.path("path").asText());
            assertEquals("[\"\"]", table.path("missingValues").toString());
            assertEquals("report_id", table.path("primaryKey").path(0).asText());
            csvFiles++;
        }
        assertEquals(2 + 4, csvFiles, "cells.csv, reports-wide.csv and one CSV per region folder with reports");
        assertEquals(1 + 4, sharedSchema, "the wide CSV files share one schema file, listed in the package too");
    }

    @Test
    void theReturnedResourcesAreThePackageListFollowedByThePackageItself() throws Exception {
        MemorySink sink = new MemorySink();
        List<DataResource> resources = new DataFiles(mapper).writeAll(DataFixtures.content(),
                DataFixtures.reports(), sink);
        JsonNode dp = mapper.readTree(sink.get(DataFiles.DATA_PACKAGE));
        assertEquals(dp.path("resources").size() + 1, resources.size());
        for (int i = 0; i < dp.path("resources").size(); i++) {
            JsonNode r = dp.path("resources").get(i);
            DataResource d = resources.get(i);
            assertEquals(r.path("path").asText(), d.packagePath());
            assertEquals(r.path("name").asText(), d.name());
            assertEquals(r.path("hash").asText(), "sha256:" + d.sha256());
            assertEquals(r.path("bytes").asLong(), d.bytes());
            assertEquals(r.path("title").asText(), d.title());
        }
        DataResource last = resources.get(resources.size() - 1);
        assertEquals(DataFiles.DATA_PACKAGE, last.path());
        assertEquals(DataKind.DATA_PACKAGE, last.kind());
        assertEquals(sha256(sink.get(DataFiles.DATA_PACKAGE)), last.sha256());
        assertTrue(new String(sink.get(DataFiles.DATA_PACKAGE), StandardCharsets.UTF_8).endsWith("}\n"));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
