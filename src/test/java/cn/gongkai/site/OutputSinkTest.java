package cn.gongkai.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sink that only knows {@code write(path, bytes)} still takes streamed files, whole, once, on close. */
class OutputSinkTest {
    @Test
    void theDefaultStreamBuffersAndDeliversTheWholeFileOnceOnClose() throws IOException {
        List<String> written = new ArrayList<>();
        OutputSink sink = (path, bytes) -> written.add(path + "=" + new String(bytes, StandardCharsets.UTF_8));
        OutputStream out = sink.open("data/cells.csv");
        out.write('a');
        out.write(",b\n".getBytes(StandardCharsets.UTF_8));
        out.write("xx卜集镇yy".getBytes(StandardCharsets.UTF_8), 2, 9);
        assertEquals(List.of(), written, "nothing is delivered before close");
        out.close();
        out.close();
        assertEquals(List.of("data/cells.csv=a,b\n卜集镇"), written);
    }

    @Test
    void theDefaultStreamDeliversAnEmptyFile() throws IOException {
        List<String> written = new ArrayList<>();
        OutputSink sink = (path, bytes) -> written.add(path + ":" + bytes.length);
        sink.open("empty.txt").close();
        assertEquals(List.of("empty.txt:0"), written);
    }
}
