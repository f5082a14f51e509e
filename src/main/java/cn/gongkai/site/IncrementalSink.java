package cn.gongkai.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a new site into a staging folder next to the previous build's output, taking over from that output
 * every file that comes out the same: such a file is hard-linked (no bytes written), everything else is
 * written. It keeps a manifest of what it wrote — per file its length and a 64-bit content hash, per page the
 * key of what the page was made from — which the next build reads back ({@link #open(Path, Path, FolderSink,
 * String)}), so that a page whose key has not changed is taken over without being rendered at all.
 *
 * <p>The manifest lives outside the output ({@code <out>.state/manifest.tsv}), so the output stays exactly what a
 * full build writes. Safe for several threads.
 */
public final class IncrementalSink implements OutputSink {
    private static final String HEADER = "gongkai-manifest-1";

    /** A file of the output: length, content hash, and for a page the key of its inputs (else null). */
    record Entry(long length, long hash, String key) {
    }

    private final FolderSink target;
    private final Path previous;
    private final Map<String, Entry> before;
    /** The previous output's files by content (length and hash), to link a file that only moved. */
    private final Map<String, String> byContent = new HashMap<>();
    private final boolean sameProgram;
    private final String fingerprint;
    private final Map<String, Entry> after = new ConcurrentHashMap<>();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    private IncrementalSink(FolderSink target, Path previous, Map<String, Entry> before, boolean sameProgram,
                            String fingerprint) {
        this.target = target;
        this.previous = previous;
        this.before = before;
        this.sameProgram = sameProgram;
        this.fingerprint = fingerprint;
        before.forEach((path, e) -> byContent.merge(contentKey(e.length(), e.hash()), path,
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }

    private static String contentKey(long length, long hash) {
        return length + ":" + Long.toHexString(hash);
    }

    /**
     * A sink writing into {@code target}. When the previous output {@code out} and its manifest are there, files
     * that come out the same are linked from it, and when the manifest was written by a build with the same
     * {@code fingerprint} (program, theme, options, what every page shows) pages can be kept unrendered.
     */
    public static IncrementalSink open(Path out, Path manifest, FolderSink target, String fingerprint) {
        Map<String, Entry> before = new HashMap<>();
        boolean same = false;
        if (fingerprint != null && Files.isDirectory(out) && Files.isRegularFile(manifest)) {
            try {
                List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).startsWith(HEADER + "\t")) {
                    same = lines.get(0).equals(HEADER + "\t" + fingerprint);
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split("\t", -1);
                        if (f.length == 4) {
                            before.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseUnsignedLong(f[2], 16),
                                    f[3].isEmpty() ? null : f[3]));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                before.clear();   // an unreadable manifest: build everything
                same = false;
            }
        }
        return new IncrementalSink(target, out, before, same, fingerprint);
    }

    /**
     * Takes the page at {@code path} over from the previous output when it was made from the same inputs
     * ({@code key}) by the same program: true when it did (no need to render it), false when the caller must
     * render and {@link #writePage write} it.
     */
    public boolean keepPage(String path, String key) throws IOException {
        Entry old = before.get(path);
        if (!sameProgram || old == null || !key.equals(old.key()) || !link(path, path)) {
            return false;
        }
        after.put(path, old);
        return true;
    }

    /** Writes a rendered page and remembers the key of its inputs for the next build. */
    public void writePage(String path, byte[] bytes, String key) throws IOException {
        store(path, bytes, key);
    }

    /** The previous output's copy of a page kept by {@link #keepPage} (e.g. for the search index). */
    public String previousText(String path) throws IOException {
        return Files.readString(previous.resolve(path), StandardCharsets.UTF_8);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        store(path, bytes, null);
    }

    private void store(String path, byte[] bytes, String key) throws IOException {
        long hash = Crc64.of(bytes);
        Entry old = before.get(path);
        String same = old != null && old.length() == bytes.length && old.hash() == hash ? path
                : byContent.isEmpty() ? null   // a first build: no key to make
                : byContent.get(contentKey(bytes.length, hash));   // e.g. a search shard whose folder was renamed
        if (same != null && link(path, same)) {
            after.put(path, new Entry(bytes.length, hash, key));
            return;
        }
        target.write(path, bytes);
        written.incrementAndGet();
        after.put(path, new Entry(bytes.length, hash, key));
    }

    /** Streamed files up to this size are held until closed, so that an unchanged one is linked, not written. */
    private static final int HOLD_LIMIT = 1 << 20;

    /**
     * Streams a file into the staging folder, hashing it on the way for the manifest. A file that stays small
     * is held until it is closed and then treated as {@link #write}: linked when it comes out unchanged.
     */
    @Override
    public OutputStream open(String path) throws IOException {
        Crc64 crc = new Crc64();
        return new OutputStream() {
            private java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream(8192);
            private OutputStream out;
            private long length;
            private boolean closed;

            private void spillIfLarge(int more) throws IOException {
                if (out == null && held.size() + more > HOLD_LIMIT) {
                    out = target.open(path);
                    held.writeTo(out);
                    held = null;
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                spillIfLarge(len);
                if (out != null) {
                    out.write(b, off, len);
                } else {
                    held.write(b, off, len);
                }
                crc.update(b, off, len);
                length += len;
            }

            @Override
            public void flush() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                if (out == null) {
                    store(path, held.toByteArray(), null);
                    held = null;
                    return;
                }
                out.close();
                written.incrementAndGet();
                after.put(path, new Entry(length, crc.value(), null));
            }
        };
    }

    /** Puts the previous output's file {@code from} at {@code path}; false when it is not there any more. */
    private boolean link(String path, String from) throws IOException {
        Path old = previous.resolve(from);
        if (!Files.isRegularFile(old)) {
            return false;
        }
        target.link(path, old);
        linked.incrementAndGet();
        return true;
    }

    /** Files taken over unchanged from the previous output. */
    public int linked() {
        return linked.get();
    }

    /** Files written anew. */
    public int written() {
        return written.get();
    }

    /** Writes the manifest of this build, to be read by the next one. */
    public void saveManifest(Path manifest) throws IOException {
        Files.createDirectories(manifest.getParent());
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\t" + fingerprint + "\n");
            for (Map.Entry<String, Entry> e : new TreeMap<>(after).entrySet()) {
                Entry v = e.getValue();
                w.write(e.getKey() + "\t" + v.length() + "\t" + Long.toHexString(v.hash()) + "\t"
                        + (v.key() == null ? "" : v.key()) + "\n");
            }
        }
        Files.move(tmp, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Path fileOf(String path) {
        return target.fileOf(path);
    }

    public FolderSink target() {
        return target;
    }
}
