package cn.gongkai.data;

import cn.gongkai.model.Report;
import cn.gongkai.site.FolderSink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The large files are streamed to the sink and hashed while written: what {@code datapackage.json} and the
 * returned resources say must be what lands on disk, and streaming must not change a byte.
 */
class DataFilesStreamingTest {
    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    void recordedHashAndSizeEqualTheFilesOnDisk(@TempDir Path dir) throws IOException {
        FolderSink folder = new FolderSink(dir);
        List<DataResource> resources = new DataFiles(mapper).writeAll(DataFixtures.content(),
                DataFixtures.reports(), folder);
        long total = 0;
        for (DataResource r : resources) {
            byte[] onDisk = Files.readAllBytes(dir.resolve(r.path()));
            assertEquals(onDisk.length, r.bytes(), r.path());
            assertEquals(DataFiles.sha256(onDisk), r.sha256(), r.path());
            total += onDisk.length;
        }
        assertEquals(resources.size(), folder.files(), "every streamed file is counted once");
        assertEquals(total, folder.bytes());
    }

    @Test
    void filesHashedByOpensslAfterWritingGetTheHashesJavaTakesWhileWriting(@TempDir Path dir) throws IOException {
        FileDigests openssl = FileDigests.onPath();
        org.junit.jupiter.api.Assumptions.assumeTrue(openssl != null, "no openssl on the PATH");
        Path inJava = dir.resolve("java");
        Path byOpenssl = dir.resolve("openssl");
        List<DataResource> java = new DataFiles(mapper, null).writeAll(DataFixtures.content(),
                DataFixtures.reports(), new FolderSink(inJava));
        List<DataResource> later = new DataFiles(mapper, openssl).writeAll(DataFixtures.content(),
                DataFixtures.reports(), new FolderSink(byOpenssl));
        assertEquals(java, later);
        for (DataResource r : java) {
            assertArrayEquals(Files.readAllBytes(inJava.resolve(r.path())), Files.readAllBytes(byOpenssl.resolve(r.path())),
                    r.path());
        }
    }

    @Test
    void streamingToFilesWritesTheSameBytesAsWritingToMemory(@TempDir Path dir) throws IOException {
        MemorySink memory = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), memory);
        new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(), new FolderSink(dir));
        List<String> onDisk = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> onDisk.add(dir.relativize(p).toString()));
        }
        onDisk.sort(null);
        assertEquals(new ArrayList<>(memory.files().keySet()), onDisk);
        for (Map.Entry<String, byte[]> f : memory.files().entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(dir.resolve(f.getKey())), f.getKey());
        }
    }

    /**
     * More reports than one batch, and a folder whose reports are not next to each other in id order (a
     * sub-folder named {@code 2021-x} sorts between {@code 2019} and {@code 2024}): each region file still holds
     * exactly its folder's reports, in id order, and the same rows as {@code reports-wide.csv}.
     */
    @Test
    void regionFilesHoldTheirReportsAcrossBatchesAndInterleavedFolders() throws IOException {
        List<Report> reports = new ArrayList<>();
        Report[] models = {DataFixtures.buji2024(), DataFixtures.huji2019(), DataFixtures.maying2024()};
        for (int i = 0; i < 300; i++) {
            String folder = "p/t" + (i / 7);
            reports.add(models[i % 3].toBuilder().id(folder + "/" + (2000 + i % 7)).build());
        }
        reports.add(models[0].toBuilder().id("a/b/2019").build());
        reports.add(models[1].toBuilder().id("a/b/2021-x/2023").build());
        reports.add(models[2].toBuilder().id("a/b/2024").build());
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), reports, sink);

        Map<String, List<String>> expectedIds = new TreeMap<>();
        reports.stream().map(Report::id).sorted()
                .forEach(id -> expectedIds.computeIfAbsent(DataFiles.regionPathOf(id), k -> new ArrayList<>()).add(id));
        assertEquals(List.of("a/b/2019", "a/b/2024"), expectedIds.get("a/b"));
        Map<String, List<String>> allRows = new TreeMap<>();
        List<String[]> cells = CsvFiles.rows(sink.get(DataFiles.WIDE_CSV));
        for (String[] row : cells.subList(1, cells.size())) {
            allRows.computeIfAbsent(DataFiles.regionPathOf(row[0]), k -> new ArrayList<>()).add(String.join("\u0001", row));
        }
        assertEquals(reports.size(), mapper.readTree(sink.get(DataFiles.ALL_REPORTS_JSON)).path("count").asInt());
        for (Map.Entry<String, List<String>> e : expectedIds.entrySet()) {
            JsonNode file = mapper.readTree(sink.get(DataFiles.regionJsonPath(e.getKey())));
            List<String> ids = new ArrayList<>();
            file.path("reports").forEach(r -> ids.add(r.path("report_id").asText()));
            assertEquals(e.getValue(), ids, e.getKey());
            assertEquals(e.getValue().size(), file.path("count").asInt(), e.getKey());
            List<String[]> rows = CsvFiles.rows(sink.get(DataFiles.regionCsvPath(e.getKey())));
            List<String> joined = rows.subList(1, rows.size()).stream().map(r -> String.join("\u0001", r)).toList();
            assertEquals(allRows.getOrDefault(e.getKey(), List.of()), joined, e.getKey());
        }
    }
}
