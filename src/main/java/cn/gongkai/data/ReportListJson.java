package cn.gongkai.data;

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
        void write(CompactJson o);
    }

    /**
     * Starts the file by writing its header to {@code out}.
     *
     * @param header writes the fields after {@code generator} and before {@code count} and {@code reports}
     * @param count  how many reports will be added
     */
    ReportListJson(Header header, int count, OutputStream out) throws IOException {
        this.out = out;
        this.expected = count;
        CompactJson start = new CompactJson(512);
        // the object and the list stay open: the reports follow as bytes, and finish() closes both
        start.startObject();
        start.name("generator");
        start.string(DataFiles.GENERATOR);
        header.write(start);
        start.name("count");
        start.number(count);
        start.name("reports");
        start.startArray();
        out.write(start.toByteArray());
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
