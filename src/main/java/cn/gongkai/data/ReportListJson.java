package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A JSON file holding a list of reports, {@code {"generator":…,"count":n,"reports":[…]}} (plus any other header
 * fields), compact as every data file, and written as a stream: the list is never held whole. Each report goes
 * in as compact JSON bytes, e.g. those of its own {@code reports/<id>.json} file, so a report is serialised once
 * however many files hold it.
 */
final class ReportListJson {
    private final OutputStream out;
    private final int expected;
    private int added;

    /** Writes the header fields between {@code generator} and {@code count}. */
    @FunctionalInterface
    interface Header {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Starts the file by writing its header to {@code out}.
     *
     * @param writer the program's mapper's writer (compact)
     * @param header writes the fields after {@code generator} and before {@code count} and {@code reports}
     * @param count  how many reports will be added
     */
    ReportListJson(ObjectWriter writer, Header header, int count, OutputStream out) throws IOException {
        this.out = out;
        this.expected = count;
        ByteArrayOutputStream start = new ByteArrayOutputStream(512);
        // the object and the list stay open: the reports follow as bytes, and finish() closes both
        try (JsonGenerator g = writer.without(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                .createGenerator(start, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("generator", DataFiles.GENERATOR);
            header.write(g);
            g.writeNumberField("count", count);
            g.writeArrayFieldStart("reports");
        }
        start.writeTo(out);
    }

    /** Adds one report, the compact JSON object in {@code json[0, length)}. */
    void add(byte[] json, int length) throws IOException {
        if (added++ > 0) {
            out.write(',');
        }
        out.write(json, 0, length);
    }

    /** Closes the list (the file ends in a newline); the caller closes the stream. */
    void finish() throws IOException {
        if (added != expected) {
            throw new IllegalStateException("announced " + expected + " reports but added " + added);
        }
        out.write(new byte[]{']', '}', '\n'});
    }
}
