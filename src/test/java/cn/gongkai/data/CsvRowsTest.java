package cn.gongkai.data;

import com.fasterxml.jackson.databind.SequenceWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV layout: BOM, header, minimal quoting, {@code \n} line ends. */
class CsvRowsTest {
    private static final List<DataField> FIELDS = List.of(DataField.of("a", "string", "A"),
            DataField.of("b", "string", "B"), DataField.of("c", "string", "C"));

    private static String write(String[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = new CsvRows(CsvRows.mapper()).open(out, FIELDS)) {
            for (String[] row : rows) {
                w.write(row);
            }
        }
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(bytes[0], bytes[1], bytes[2]), "starts with the UTF-8 BOM");
        return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void quotesOnlyValuesThatNeedIt() throws IOException {
        assertEquals("a,b,c\n"
                        + "金乡县人民政府,,/\n"
                        + "\"某镇人民政府,党政办\",\"说 \"\"是\"\"\",\"两\n行\"\n"
                        + "a long value of more than twenty-four characters,-417,0.35\n",
                write(new String[]{"金乡县人民政府", "", "/"},
                        new String[]{"某镇人民政府,党政办", "说 \"是\"", "两\n行"},
                        new String[]{"a long value of more than twenty-four characters", "-417", "0.35"}));
    }

    @Test
    void writesTheHeaderEvenWithoutRows() throws IOException {
        assertEquals("a,b,c\n", write());
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] tricky = {"某镇,\"办\"", "", "两\r\n行"};
        try (SequenceWriter w = new CsvRows(CsvRows.mapper()).open(out, FIELDS)) {
            w.write(tricky);
        }
        List<String[]> rows = CsvFiles.rows(out.toByteArray());
        assertEquals(List.of("a", "b", "c"), List.of(rows.get(0)));
        assertEquals(List.of(tricky), List.of(rows.get(1)));
    }
}
