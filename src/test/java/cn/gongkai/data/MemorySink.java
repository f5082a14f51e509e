package cn.gongkai.data;

import cn.gongkai.site.OutputSink;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps written files in memory, sorted by path; writing a path twice is a failure of the writer. Safe for
 * several threads (the data stage writes from several). Streamed files arrive through the default
 * {@code OutputSink.open}, whole, on close.
 */
final class MemorySink implements OutputSink {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized void write(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes.clone()) != null) {
            throw new AssertionError(path + " written twice");
        }
    }

    SortedMap<String, byte[]> files() {
        return files;
    }

    byte[] get(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new AssertionError(path + " was not written; written: " + files.keySet());
        }
        return b;
    }

    String text(String path) {
        return new String(get(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    Map<String, byte[]> asMap() {
        return files;
    }
}
