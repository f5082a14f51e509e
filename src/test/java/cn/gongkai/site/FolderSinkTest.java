package cn.gongkai.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Files written whole and streamed land under the root, in new folders, and are counted once with their size. */
class FolderSinkTest {
    @Test
    void streamsAFileIntoNewFoldersAndCountsItWhenClosed(@TempDir Path root) throws IOException {
        FolderSink sink = new FolderSink(root);
        byte[] big = new byte[300_000];
        new Random(3).nextBytes(big);
        OutputStream out = sink.open("data/townships/a/b.csv");
        out.write(big, 0, 5);
        out.write(big[5]);
        out.write(big, 6, big.length - 6);
        assertEquals(0, sink.files(), "not counted while still open");
        out.close();
        out.close();
        assertArrayEquals(big, Files.readAllBytes(root.resolve("data/townships/a/b.csv")));
        assertEquals(1, sink.files());
        assertEquals(big.length, sink.bytes());

        sink.write("data/townships/a/c.json", "{}\n");
        assertEquals(2, sink.files());
        assertEquals(big.length + 3, sink.bytes());
    }

    @Test
    void refusesToStreamOutsideTheRoot(@TempDir Path root) {
        FolderSink sink = new FolderSink(root.resolve("site"));
        assertThrows(IOException.class, () -> sink.open("../escape.txt"));
        assertThrows(IOException.class, () -> sink.open("/etc/escape.txt"));
        assertThrows(IOException.class, () -> sink.open("a\\b.txt"));
        assertEquals(0, sink.files());
    }

    @Test
    void aStreamedFileReplacesAnOlderOne(@TempDir Path root) throws IOException {
        FolderSink sink = new FolderSink(root);
        sink.write("x/y.txt", "a longer first version");
        try (OutputStream out = sink.open("x/y.txt")) {
            out.write("short".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("short", Files.readString(root.resolve("x/y.txt")));
    }
}
