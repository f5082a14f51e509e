package cn.gongkai.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

/**
 * Where build stages write the site's files. Paths are relative to the site root with {@code /} separators,
 * e.g. {@code reports/shandong/jining/2024/index.html}. Implementations decide whether bytes go to a staging
 * folder, memory (tests) or are skipped when unchanged.
 */
public interface OutputSink {
    void write(String path, byte[] bytes) throws IOException;

    default void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens a file for writing piece by piece, for files too large to hold whole (the data stage's
     * {@code cells.csv} is hundreds of megabytes for a large portal). The file is complete when the stream is
     * closed; close it exactly once, also on failure. Not safe for several threads on the same stream.
     *
     * <p>This default keeps the bytes in memory and hands them to {@link #write(String, byte[])} on close, so
     * every sink supports it; sinks that can write straight to their storage override it.
     */
    default OutputStream open(String path) throws IOException {
        return new ByteArrayOutputStream(8192) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    OutputSink.this.write(path, toByteArray());
                }
            }
        };
    }

    /**
     * The file on disk that holds {@code path} once it is written and closed, for a stage that reads its own
     * files back with another program; null when this sink keeps no files of its own (memory, tests).
     */
    default Path fileOf(String path) {
        return null;
    }
}
