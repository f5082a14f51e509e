package cn.gongkai.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Writes the site's files under a folder (the staging folder of a build). Safe to use from several threads. */
public final class FolderSink implements OutputSink {
    private final Path root;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /** Folders already made: creating one costs a system call (and an exception when it exists) per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public FolderSink(Path root) {
        this.root = root;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IOException("refusing to write outside the site folder: " + path);
        }
        Path target = root.resolve(path);
        Path parent = target.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
        Files.write(target, content);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    public Path root() {
        return root;
    }

    /** How many files were written so far. */
    public int files() {
        return files.get();
    }

    public long bytes() {
        return bytes.get();
    }
}
