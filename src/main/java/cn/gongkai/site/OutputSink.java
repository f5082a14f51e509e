package cn.gongkai.site;

import java.io.IOException;
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
}
