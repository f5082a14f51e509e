package cn.gongkai.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A JSON file holding a list of reports, {@code {"generator": …, "count": n, "reports": [ … ]}} (plus any other
 * header fields), laid out exactly as Jackson's pretty printer lays out the same tree, and written as a stream:
 * the list is never held whole. Each report goes in as the bytes of its own {@code reports/<id>.json} file,
 * indented one level deeper ({@link #element}), so a report is serialised once however many files hold it.
 * This is safe because pretty JSON has line breaks only between tokens: inside strings a line break is always
 * written as {@code \n}.
 */
final class ReportListJson {
    /** Indentation of a report object inside the {@code reports} array. */
    private static final byte[] ELEMENT_INDENT = "    ".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final int expected;
    private int added;

    /**
     * Starts the file by writing its header to {@code out}.
     *
     * @param pretty the pretty writer of {@link JsonMapper#prettyWriter}
     * @param header fields written before {@code count} and {@code reports}, in iteration order
     * @param count  how many reports will be added
     */
    ReportListJson(ObjectWriter pretty, Map<String, JsonNode> header, int count, OutputStream out)
            throws IOException {
        this.out = out;
        this.expected = count;
        Bytes start = new Bytes(512);
        start.writeUtf8("{\n");
        for (Map.Entry<String, JsonNode> e : header.entrySet()) {
            field(start, pretty, e.getKey(), e.getValue());
            start.writeUtf8(",\n");
        }
        start.writeUtf8("  \"count\" : " + count + ",\n  \"reports\" : [");
        out.write(start.toByteArray());
    }

    /**
     * A report's pretty JSON file laid out as an element of the {@code reports} array: every line after the
     * first indented by four more spaces, without the final newline. Pass it to {@link #add}.
     */
    static byte[] element(byte[] reportFile) {
        int end = reportFile.length;
        while (end > 0 && reportFile[end - 1] == '\n') {
            end--;
        }
        Bytes out = new Bytes(end + end / 8 + 64);
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (reportFile[i] == '\n') {
                out.write(reportFile, from, i + 1 - from);
                out.write(ELEMENT_INDENT, 0, ELEMENT_INDENT.length);
                from = i + 1;
            }
        }
        out.write(reportFile, from, end - from);
        return out.toByteArray();
    }

    /** Adds one report laid out by {@link #element}. */
    void add(byte[] element) throws IOException {
        ascii(added == 0 ? "\n    " : ",\n    ");
        added++;
        out.write(element);
    }

    /** Closes the list (the file ends in a newline); the caller closes the stream. */
    void finish() throws IOException {
        if (added != expected) {
            throw new IllegalStateException("announced " + expected + " reports but added " + added);
        }
        ascii(added == 0 ? " ]\n}\n" : "\n  ]\n}\n");
    }

    private static void field(Bytes out, ObjectWriter pretty, String name, JsonNode value) throws IOException {
        out.writeUtf8("  ");
        out.write(pretty.writeValueAsBytes(name));
        out.writeUtf8(" : ");
        byte[] v = pretty.writeValueAsBytes(value);
        for (byte b : v) {
            out.write(b);
            if (b == '\n') {
                out.writeUtf8("  ");
            }
        }
    }

    private void ascii(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }
}
