package cn.gongkai.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Writes the site's files under a folder (the staging folder of a build). Safe to use from several threads. */
public final class FolderSink implements OutputSink {
    /** Buffer of a streamed file: large writes pass straight through, small ones are gathered. */
    private static final int STREAM_BUFFER = 1 << 16;

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
        Files.write(target(path), content);
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    /** Streams the file straight to disk (buffered); it counts as written, with its size, once closed. */
    @Override
    public OutputStream open(String path) throws IOException {
        return new FileStream(new BufferedOutputStream(Files.newOutputStream(target(path)), STREAM_BUFFER));
    }

    /**
     * Puts an existing file (of the previous output, on the same file system) at {@code path} as a hard link: the
     * same bytes without writing them. Falls back to a copy where links are not possible.
     */
    public void link(String path, Path existing) throws IOException {
        Path target = target(path);
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(existing, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        files.incrementAndGet();
        bytes.addAndGet(Files.size(target));
    }

    /** The file's place under the root, after checking the path and making its folder. */
    private Path target(String path) throws IOException {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IOException("refusing to write outside the site folder: " + path);
        }
        Path target = root.resolve(path);
        folder(target.getParent());
        return target;
    }

    /**
     * Makes {@code dir} and any missing folder above it, one {@code mkdir} each, top down: the folders made so far
     * are known, so a new one costs a single system call ({@link Files#createDirectories} tries the deepest first
     * and, when its parent is missing, throws and walks up checking each).
     */
    private void folder(Path dir) throws IOException {
        if (dir == null || folders.contains(dir)) {
            return;
        }
        if (dir.equals(root) || !dir.startsWith(root)) {
            Files.createDirectories(dir);
            folders.add(dir);
            return;
        }
        folder(dir.getParent());
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
        folders.add(dir);
    }

    @Override
    public Path fileOf(String path) {
        return root.resolve(path);
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

    /** A file being streamed: counts its bytes and adds them to the sink's totals on close. */
    private final class FileStream extends OutputStream {
        private final OutputStream out;
        private long written;
        private boolean closed;

        FileStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.close();
            files.incrementAndGet();
            bytes.addAndGet(written);
        }
    }
}
