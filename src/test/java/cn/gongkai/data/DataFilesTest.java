package cn.gongkai.data;

import cn.gongkai.content.Content;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link DataFiles#writeAll} writes and returns, beyond the bytes the golden test pins. */
class DataFilesTest {
    private final ObjectMapper mapper = JsonMapper.create();

    private MemorySink write(List<Report> reports) throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(DataFixtures.content(), reports, sink);
        return sink;
    }

    /** The data files are written without Jackson's mapper: a build that makes it only on demand never makes it. */
    @Test
    void writingTheDataFilesNeverAsksForTheMapper() throws IOException {
        MemorySink lazy = new MemorySink();
        new DataFiles(() -> {
            throw new AssertionError("the data files asked for the JSON mapper");
        }).writeAll(DataFixtures.content(), DataFixtures.reports(), lazy);
        MemorySink eager = write(DataFixtures.reports());
        assertEquals(eager.files().keySet(), lazy.files().keySet());
        for (Map.Entry<String, byte[]> f : eager.files().entrySet()) {
            assertTrue(Arrays.equals(f.getValue(), lazy.files().get(f.getKey())), f.getKey());
        }
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfTheReports() throws IOException {
        MemorySink first = write(DataFixtures.reports());
        List<Report> shuffled = new ArrayList<>(DataFixtures.reports());
        Collections.reverse(shuffled);
        MemorySink second = write(shuffled);
        assertEquals(first.files().keySet(), second.files().keySet());
        for (Map.Entry<String, byte[]> f : first.files().entrySet()) {
            assertTrue(Arrays.equals(f.getValue(), second.get(f.getKey())), f.getKey());
        }
    }

    @Test
    void writesOneJsonFilePerReportAndOneJsonAndCsvFilePerRegionFolder() throws IOException {
        MemorySink sink = write(DataFixtures.reports());
        List<String> expected = new ArrayList<>(List.of(DataFiles.ALL_REPORTS_JSON, DataFiles.TIDY_CSV,
                DataFiles.WIDE_CSV, DataFiles.WIDE_SCHEMA, DataFiles.DATA_PACKAGE));
        for (Report r : DataFixtures.reports()) {
            expected.add(DataFiles.reportJsonPath(r.id()));
        }
        for (String region : List.of("maying-zhen", "shandong/jining/jinxiang", "shandong/jining/jinxiang/buji-zhen",
                "shandong/jining/jinxiang/huji-zhen")) {
            expected.add(DataFiles.regionJsonPath(region));
            expected.add(DataFiles.regionCsvPath(region));
        }
        Collections.sort(expected);
        assertEquals(expected, new ArrayList<>(sink.files().keySet()));
        assertEquals("data/reports/maying-zhen/2024.json", DataFiles.reportJsonPath("maying-zhen/2024"));
        assertEquals("data/townships/maying-zhen.csv", DataFiles.regionCsvPath("maying-zhen"));
    }

    /**
     * A township CSV is the wide form of its folder's reports: the header of {@code reports-wide.csv} and then,
     * byte for byte, those reports' lines of it, in id order.
     */
    @Test
    void eachRegionCsvIsTheWideHeaderAndItsReportsLinesOfTheWideCsv() throws IOException {
        MemorySink sink = write(DataFixtures.reports());
        String wide = new String(sink.get(DataFiles.WIDE_CSV), StandardCharsets.UTF_8);
        List<String> lines = List.of(wide.split("\n"));
        int regions = 0;
        for (String region : List.of("maying-zhen", "shandong/jining/jinxiang", "shandong/jining/jinxiang/buji-zhen",
                "shandong/jining/jinxiang/huji-zhen")) {
            StringBuilder expected = new StringBuilder(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                String id = line.substring(0, line.indexOf(','));
                if (region.equals(DataFiles.regionPathOf(id))) {
                    expected.append(line).append('\n');
                }
            }
            assertTrue(expected.indexOf("\n") < expected.length() - 1, region + " has reports");
            assertEquals(expected.toString(), new String(sink.get(DataFiles.regionCsvPath(region)),
                    StandardCharsets.UTF_8), region);
            regions++;
        }
        assertEquals(4, regions);
    }

    @Test
    void publishesTheCheckResultsOfTheCheckedReports() throws IOException {
        JsonNode r = mapper.readTree(write(DataFixtures.reports())
                .get(DataFiles.reportJsonPath("shandong/jining/jinxiang/buji-zhen/2024")));
        assertEquals("applications-row-total", r.path("diagnostics").path(0).path("code").asText());
        assertEquals("error", r.path("diagnostics").path(0).path("severity").asText());
    }

    @Test
    void namesTheRegionInItsFilesAsTheContentNamesIt() throws IOException {
        MemorySink sink = write(DataFixtures.reports());
        JsonNode buji = mapper.readTree(sink.get(DataFiles.regionJsonPath("shandong/jining/jinxiang/buji-zhen")));
        assertEquals("卜集镇", buji.path("region").path("name").asText());
        assertEquals("township", buji.path("region").path("level").asText());
        assertEquals("370828105000", buji.path("region").path("code").asText());
        assertEquals(List.of("shandong/jining/jinxiang/buji-zhen/2023", "shandong/jining/jinxiang/buji-zhen/2024"),
                ids(buji));
        JsonNode county = mapper.readTree(sink.get(DataFiles.regionJsonPath("shandong/jining/jinxiang")));
        assertEquals(List.of("shandong/jining/jinxiang/2024"), ids(county), "only the county's own reports");
        assertEquals("county", county.path("region").path("level").asText());
    }

    @Test
    void namesARegionFolderFromItsReportsWhenTheContentHasNoEntryForIt() throws IOException {
        MemorySink sink = new MemorySink();
        Content noRegions = new Content(SiteConfig.DEFAULT, List.of(), List.of(), List.of(), new TreeMap<>());
        List<DataResource> resources = new DataFiles(mapper).writeAll(noRegions, DataFixtures.reports(), sink);
        JsonNode region = mapper.readTree(sink.get(DataFiles.regionJsonPath("shandong/jining/jinxiang/buji-zhen")))
                .path("region");
        assertEquals("山东省济宁市金乡县卜集镇", region.path("name").asText());
        assertTrue(region.path("level").isNull() && region.path("code").isNull(), region.toString());
        assertTrue(resources.stream().anyMatch(d -> d.title().equals("马营镇 的年度报告和主要数字（JSON）")));
    }

    @Test
    void returnsForEachFileWhatItIsAbout() throws IOException {
        List<DataResource> resources = new DataFiles(mapper).writeAll(DataFixtures.content(), DataFixtures.reports(),
                new MemorySink());
        Map<DataKind, Integer> kinds = new TreeMap<>();
        for (DataResource d : resources) {
            kinds.merge(d.kind(), 1, Integer::sum);
            switch (d.kind()) {
                case REPORT_JSON -> assertEquals(DataFiles.reportJsonPath(d.subject()), d.path());
                case REGION_JSON -> assertEquals(DataFiles.regionJsonPath(d.subject()), d.path());
                case REGION_CSV -> assertEquals(DataFiles.regionCsvPath(d.subject()), d.path());
                default -> assertEquals(null, d.subject(), d.path());
            }
            assertEquals(d.isCsv(), !d.fields().isEmpty(), d.path());
            assertEquals(d.isCsv() ? "text/csv" : "application/json", d.mediatype(), d.path());
            assertFalse(d.title().isBlank() || d.description().isBlank(), d.path());
        }
        assertEquals(Map.of(DataKind.ALL_REPORTS_JSON, 1, DataKind.TIDY_CSV, 1, DataKind.WIDE_CSV, 1,
                DataKind.WIDE_SCHEMA, 1, DataKind.REPORT_JSON, 6, DataKind.REGION_JSON, 4, DataKind.REGION_CSV, 4, DataKind.DATA_PACKAGE, 1),
                kinds);
    }

    @Test
    void writesValidEmptyFilesForAPortalWithoutReports() throws IOException {
        MemorySink sink = new MemorySink();
        Content empty = new Content(SiteConfig.DEFAULT, List.of(), List.of(), List.of(), new TreeMap<>());
        List<DataResource> resources = new DataFiles(mapper).writeAll(empty, List.of(), sink);
        assertEquals(5, resources.size());
        assertEquals(0, mapper.readTree(sink.get(DataFiles.ALL_REPORTS_JSON)).path("count").asInt());
        assertEquals(1, CsvFiles.rows(sink.get(DataFiles.TIDY_CSV)).size(), "the header row only");
        assertEquals(1, CsvFiles.rows(sink.get(DataFiles.WIDE_CSV)).size(), "the header row only");
    }

    @Test
    void refusesTwoReportsWithOneId() {
        List<Report> twice = List.of(DataFixtures.buji2024(), DataFixtures.buji2024());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(twice));
        assertTrue(e.getMessage().contains("shandong/jining/jinxiang/buji-zhen/2024"), e.getMessage());
    }

    @Test
    void acceptsExactlyTheIdsThatArePathsOfLowercaseSlugs() {
        java.util.regex.Pattern slugPath = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
        for (String id : List.of("shandong/jining/jinxiang/buji-zhen/2024", "maying-zhen/2024", "2024", "a", "a-",
                "a--b/c-/0", "", "/", "a/", "/a", "a//b", "-a", "a/-b", "A/2024", "a b", "a.b", "../../etc/2017",
                "a_b", "镇/2024", "a/2024\n", "z9/9z")) {
            assertEquals(slugPath.matcher(id).matches(), DataFiles.isSlugPath(id), id);
        }
    }

    @Test
    void refusesAReportWhoseIdWouldLeaveTheDataFolder() {
        Report escaping = DataFixtures.huji2017().toBuilder().id("../../etc/2017").build();
        Report none = DataFixtures.huji2017().toBuilder().id(null).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(List.of(escaping)));
        assertTrue(e.getMessage().contains("../../etc/2017"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> write(List.of(none)));
    }

    @Test
    void listsTheBaseUrlAsHomepageOnlyWhenGiven() throws IOException {
        Content c = DataFixtures.content();
        SiteConfig cfg = c.config();
        Content withUrl = new Content(new SiteConfig(cfg.title(), cfg.description(), "https://example.org/nianbao/",
                cfg.theme(), cfg.licence(), cfg.publisher()), c.regions(), c.reports(), c.problems(), c.sourceFiles());
        MemorySink sink = new MemorySink();
        new DataFiles(mapper).writeAll(withUrl, DataFixtures.reports(), sink);
        assertEquals("https://example.org/nianbao/",
                mapper.readTree(sink.get(DataFiles.DATA_PACKAGE)).path("homepage").asText());
        assertTrue(mapper.readTree(write(DataFixtures.reports()).get(DataFiles.DATA_PACKAGE)).path("homepage")
                .isMissingNode());
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("reports").forEach(r -> out.add(r.path("report_id").asText()));
        return out;
    }
}
