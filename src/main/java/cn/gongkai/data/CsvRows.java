package cn.gongkai.data;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * How every CSV download is written: UTF-8 with a byte-order mark (so Excel on Windows shows the Chinese text
 * instead of mojibake; pandas, R, DuckDB and LibreOffice skip it), a header row, {@code ,} separators,
 * {@code "} quotes only where a value needs them, and {@code \n} line ends on every platform.
 */
final class CsvRows {
    /** The UTF-8 byte-order mark every CSV file starts with. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ObjectWriter rowWriter;

    CsvRows(CsvMapper csv) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n").withColumnSeparator(',').withQuoteChar('"');
        this.rowWriter = csv.writerFor(String[].class).with(schema);
    }

    /** The one configured CSV mapper: quotes only values that contain {@code ,}, {@code "} or a line break. */
    static CsvMapper mapper() {
        return CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    }

    /** Writes the byte-order mark and the header row, and returns a writer for the rows (one String[] each). */
    SequenceWriter open(OutputStream out, List<DataField> fields) throws IOException {
        out.write(BOM);
        SequenceWriter rows = rowWriter.writeValues(out);
        rows.write(fields.stream().map(DataField::name).toArray(String[]::new));
        return rows;
    }
}
