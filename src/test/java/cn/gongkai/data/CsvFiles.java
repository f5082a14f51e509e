package cn.gongkai.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Reads a CSV download back as a test sees it: checks the byte-order mark, then parses every row. */
final class CsvFiles {
    private CsvFiles() {
    }

    /** All rows including the header row. */
    static List<String[]> rows(byte[] file) throws IOException {
        assertArrayEquals(CsvRows.BOM, Arrays.copyOf(file, 3), "a CSV download starts with the UTF-8 BOM");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(
                Arrays.copyOfRange(file, 3, file.length))) {
            return it.readAll();
        }
    }
}
