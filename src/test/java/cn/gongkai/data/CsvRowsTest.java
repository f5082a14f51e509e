package cn.gongkai.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV layout: BOM, header, minimal RFC 4180 quoting, {@code \n} line ends; read back by Jackson's parser. */
class CsvRowsTest {
    private static final List<DataField> FIELDS = List.of(DataField.of("a", "string", "A"),
            DataField.of("b", "string", "B"), DataField.of("c", "string", "C"));

    private static String text(CsvRows csv) {
        byte[] bytes = csv.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(bytes[0], bytes[1], bytes[2]), "starts with the UTF-8 BOM");
        return new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void quotesOnlyValuesThatNeedIt() {
        CsvRows csv = new CsvRows(FIELDS, 0);
        csv.row("金乡县人民政府", "", "/");
        csv.row("某镇人民政府,党政办", "说 \"是\"", "两\n行");
        csv.row("a long value of more than twenty-four characters", null, "0.35");
        csv.row(" spaces kept ", "-417", "\r");
        assertEquals("a,b,c\n"
                + "金乡县人民政府,,/\n"
                + "\"某镇人民政府,党政办\",\"说 \"\"是\"\"\",\"两\n行\"\n"
                + "a long value of more than twenty-four characters,,0.35\n"
                + " spaces kept ,-417,\"\r\"\n", text(csv));
    }

    @Test
    void writesTheHeaderEvenWithoutRows() {
        assertEquals("a,b,c\n", text(new CsvRows(FIELDS, 0)));
    }

    @Test
    void writesAnEncodedPrefixThenTheRestOfTheRow() {
        CsvRows csv = new CsvRows(FIELDS, 0);
        byte[] prefix = CsvRows.prefix("x,y");
        csv.start(prefix);
        csv.row("1", "2");
        csv.start(prefix);
        csv.row("3", null);
        assertEquals("a,b,c\n\"x,y\",1,2\n\"x,y\",3,\n", text(csv));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        String[] tricky = {"某镇,\"办\"", "", "两\r\n行"};
        CsvRows csv = new CsvRows(FIELDS, 0);
        csv.row(tricky);
        List<String[]> rows = CsvFiles.rows(csv.toByteArray());
        assertEquals(List.of("a", "b", "c"), List.of(rows.get(0)));
        assertEquals(List.of(tricky), List.of(rows.get(1)));
    }
}
