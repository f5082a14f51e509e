package cn.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A CSV file being written, as every CSV download is laid out: UTF-8 with a byte-order mark (so Excel on
 * Windows shows the Chinese text instead of mojibake; pandas, R, DuckDB, LibreOffice and WPS skip it), a header
 * row, {@code ,} separators, {@code "} quotes only around a value containing {@code ,}, {@code "}, CR or LF (a
 * quote inside is doubled, RFC 4180), and {@code \n} line ends on every platform.
 *
 * <p>Rows go straight into bytes: the tidy CSV of 20,000 reports has four million rows, and a general CSV
 * library spent most of the build on them. The per-report columns are encoded once per report
 * ({@link #prefix}) and copied before each of its cells.
 */
final class CsvRows {
    /** The UTF-8 byte-order mark every CSV file starts with. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Bytes out;

    /** Starts a file with the byte-order mark and the header row of the fields' names. */
    CsvRows(List<DataField> fields, int sizeHint) {
        this(sizeHint);
        out.write(BOM);
        row(fields.stream().map(DataField::name).toArray(String[]::new));
    }

    /** Starts rows only, without mark or header: a part of a file, e.g. one report's rows to stream. */
    CsvRows(int sizeHint) {
        this.out = new Bytes(sizeHint);
    }

    /** The start of a CSV file: the byte-order mark and the header row of the fields' names. */
    static byte[] header(List<DataField> fields) {
        return new CsvRows(fields, 256).toByteArray();
    }

    /** Writes one row, or the rest of a row begun with {@link #start}; null is written as an empty value. */
    void row(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            value(values[i]);
        }
        out.write('\n');
    }

    /** Writes the encoded leading values of a row, from {@link #prefix}; finish the row with {@link #row}. */
    void start(byte[] prefix) {
        out.write(prefix);
    }

    /** Writes a whole row of three encoded parts, e.g. {@link #prefix}es and a row end. */
    void row(byte[] start, byte[] middle, byte[] end) {
        out.write(start, middle, end);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Empties the rows, keeping the buffer, to write the next part of a file. */
    void reset() {
        out.reset();
    }

    /** Writes the rows to {@code stream} as they are held, without copying them into one array first. */
    void writeTo(OutputStream stream) throws IOException {
        out.writeTo(stream);
    }

    /** The leading values of rows, each encoded and followed by {@code ,}, to pass to {@link #start}. */
    static byte[] prefix(String... values) {
        Bytes b = new Bytes(128);
        for (String v : values) {
            encode(b, v);
            b.write(',');
        }
        return b.toByteArray();
    }

    private void value(String v) {
        encode(out, v);
    }

    /**
     * Writes the last values of a row begun with {@link #start}: the two given values, then the line end. The
     * tidy CSV writes four million of these rows at 20,000 reports, so this avoids {@link #row}'s array.
     */
    void end(String a, String b) {
        value(a);
        out.write(',');
        value(b);
        out.write('\n');
    }

    /** Writes one value as it appears in the file: quoted (inner quotes doubled) only when it must be. */
    private static void encode(Bytes out, String v) {
        if (v == null || v.isEmpty() || out.writePlainAscii(v)) {
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                out.write('"');
                out.writeUtf8(v.replace("\"", "\"\""));
                out.write('"');
                return;
            }
        }
        out.writeUtf8(v);
    }
}
