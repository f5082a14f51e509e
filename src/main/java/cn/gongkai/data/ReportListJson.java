package cn.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

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

    /**
     * Starts the file by writing its header to {@code out}.
     *
     * @param header writes the fields before {@code count} and {@code reports} (starting with
     *               {@code generator})
     * @param count  how many reports will be added
     */
    ReportListJson(Consumer<CompactJson> header, int count, OutputStream out) throws IOException {
        this.out = out;
        this.expected = count;
        Bytes start = new Bytes(512);
        CompactJson j = new CompactJson(start);
        j.startObject().field("generator", DataFiles.GENERATOR);
        header.accept(j);
        j.number("count", Integer.toString(count));
        start.writeUtf8(",\"reports\":[");
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
