package cn.gongkai.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins every data file written for the fixture portal byte for byte (like Datasette's CSV tests), so any change
 * to a column, a key, its order, quoting, a line end or a hash shows up in review.
 */
class DataFilesGoldenTest {
    private static final String FOLDER = "site/data";

    @Test
    void everyDataFileMatchesItsGoldenFile() throws IOException {
        MemorySink sink = new MemorySink();
        new DataFiles(JsonMapper.create()).writeAll(DataFixtures.content(), DataFixtures.reports(), sink);
        Goldens.clearForUpdate(FOLDER);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : sink.files().entrySet()) {
            String name = "site/" + f.getKey();
            written.add(name);
            Goldens.assertMatches(name, f.getValue());
        }
        assertEquals(Goldens.list(FOLDER), written, "golden files without a written file, or the reverse");
    }
}
