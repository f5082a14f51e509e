package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A JSON file holding a list of reports, {@code {"generator": …, "count": n, "reports": [ … ]}} (plus any other
 * header fields), laid out exactly as Jackson's pretty printer lays out the same tree. Each report goes in as
 * the bytes of its own {@code reports/<id>.json} file, indented one level deeper, so a report is serialised
 * once however many files hold it. This is safe because pretty JSON has line breaks only between tokens:
 * inside strings a line break is always written as {@code \n}.
 */
final class ReportListJson {
    /** Indentation of a report object inside the {@code reports} array. */
    private static final byte[] ELEMENT_INDENT = "    ".getBytes(StandardCharsets.US_ASCII);

    private final Bytes out;
    private final int expected;
    private int added;

    /**
     * Starts the file.
     *
     * @param pretty the pretty writer of {@link JsonMapper#prettyWriter}
     * @param header fields written before {@code count} and {@code reports}, in iteration order
     * @param count  how many reports will be added
     */
    ReportListJson(ObjectWriter pretty, Map<String, JsonNode> header, int count, int sizeHint) {
        this.out = new Bytes(sizeHint);
        this.expected = count;
        ascii("{\n");
        for (Map.Entry<String, JsonNode> e : header.entrySet()) {
            field(pretty, e.getKey(), e.getValue());
            ascii(",\n");
        }
        ascii("  \"count\" : " + count + ",\n  \"reports\" : [");
    }

    /** Adds one report given the bytes of its pretty JSON file; returns the element's offset in the output. */
    int addReportFile(byte[] reportFile) {
        separator();
        int start = out.size();
        int end = reportFile.length;
        while (end > 0 && reportFile[end - 1] == '\n') {
            end--;
        }
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (reportFile[i] == '\n') {
                out.write(reportFile, from, i + 1 - from);
                out.write(ELEMENT_INDENT, 0, ELEMENT_INDENT.length);
                from = i + 1;
            }
        }
        out.write(reportFile, from, end - from);
        return start;
    }

    /** Adds one report already laid out as an element by {@link #addReportFile} (in another list). */
    void addElement(byte[] source, int offset, int length) {
        separator();
        out.write(source, offset, length);
    }

    /** The current size of the output; after {@link #addReportFile}, the end of the element just added. */
    int size() {
        return out.size();
    }

    /** Closes the list and returns the file's bytes (ending in a newline). */
    byte[] finish() {
        if (added != expected) {
            throw new IllegalStateException("announced " + expected + " reports but added " + added);
        }
        ascii(added == 0 ? " ]\n}\n" : "\n  ]\n}\n");
        return out.toByteArray();
    }

    private void separator() {
        ascii(added == 0 ? "\n    " : ",\n    ");
        added++;
    }

    private void field(ObjectWriter pretty, String name, JsonNode value) {
        try {
            ascii("  ");
            out.write(pretty.writeValueAsBytes(name));
            ascii(" : ");
            byte[] v = pretty.writeValueAsBytes(value);
            for (byte b : v) {
                out.write(b);
                if (b == '\n') {
                    ascii("  ");
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON field " + name, e);
        }
    }

    private void ascii(String s) {
        out.writeUtf8(s);
    }
}
