package cn.gongkai.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site's files for a build that may follow an earlier one into the same output folder, keeping a
 * manifest of what it wrote — per file its length and a 64-bit content hash, per page the key of what the page
 * was made from — which the next build reads back ({@link #open}). It works in one of two ways:
 *
 * <ul>
 * <li><b>Updating</b> (the previous output is there with its manifest): only files whose bytes differ from the
 * previous output's copy are written, into a staging folder that holds nothing else; a page whose key has not
 * changed is not rendered at all, and an unchanged file is left in the output as it is (same inode, same
 * modification time: a deploy tool copies only what changed). {@link #commitInPlace} then moves each new file
 * into the output by a rename (a reader never sees half a file) and deletes the files the previous build wrote
 * and this one did not. Until then the output is untouched, so a build that fails leaves it as it was; the
 * manifest is deleted before the first rename, so a build that dies during the moves is followed by a full one.
 * <li><b>Whole</b> (no previous output, or no usable manifest): every file goes into the staging folder, which
 * the build then swaps in for the output as a whole; a file that hashes the same as one of a previous output is
 * hard-linked from it.
 * </ul>
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
    private final Path manifest;
    private final Map<String, Entry> before;
    /** The previous output's files by content (length and hash), to link a file that only moved. */
    private final Map<String, String> byContent = new HashMap<>();
    private final boolean sameProgram;
    /** Whether the output is updated in place (else the staging folder becomes the whole output). */
    private final boolean updating;
    private final String fingerprint;
    private final Map<String, Entry> after = new ConcurrentHashMap<>();
    /** Updating: the files put into the staging folder, to be moved into the output. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private int removed;

    private IncrementalSink(FolderSink target, Path previous, Path manifest, Map<String, Entry> before,
                            boolean sameProgram, boolean updating, String fingerprint) {
        this.target = target;
        this.previous = previous;
        this.manifest = manifest;
        this.before = before;
        this.sameProgram = sameProgram;
        this.updating = updating;
        this.fingerprint = fingerprint;
        before.forEach((path, e) -> byContent.merge(contentKey(e.length(), e.hash()), path,
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }

    private static String contentKey(long length, long hash) {
        return length + ":" + Long.toHexString(hash);
    }

    /**
     * A sink for a build into {@code out}, putting what it writes into {@code staging} (an empty folder beside
     * it). When the previous output {@code out} and its manifest are there, the build updates {@code out} in
     * place ({@link #updating()}), and when the manifest was written by a build with the same {@code fingerprint}
     * (program, theme, options, what every page shows) pages can be kept unrendered. A null fingerprint (the
     * program could not be identified) makes a whole new output.
     */
    public static IncrementalSink open(Path out, Path manifest, FolderSink staging, String fingerprint) {
        Map<String, Entry> before = new HashMap<>();
        boolean same = false;
        boolean updating = false;
        if (fingerprint != null && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(manifest)) {
            try {
                List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).startsWith(HEADER + "\t")) {
                    same = lines.get(0).equals(HEADER + "\t" + fingerprint);
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split("\t", -1);
                        if (f.length != 4) {
                            throw new IllegalArgumentException("manifest line: " + line);
                        }
                        before.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseUnsignedLong(f[2], 16),
                                f[3].isEmpty() ? null : f[3]));
                    }
                    updating = true;
                }
            } catch (IOException | RuntimeException e) {
                before.clear();   // an unreadable manifest: build everything, into a new output
                same = false;
                updating = false;
            }
        }
        return new IncrementalSink(staging, out.toAbsolutePath().normalize(), manifest, before, same, updating,
                fingerprint);
    }

    /**
     * Whether this build updates the previous output in place ({@link #commitInPlace}); false: the staging folder
     * holds the whole new output, to be swapped in for the old one.
     */
    public boolean updating() {
        return updating;
    }

    /**
     * Takes the page at {@code path} over from the previous output when it was made from the same inputs
     * ({@code key}) by the same program: true when it did (no need to render it), false when the caller must
     * render and {@link #writePage write} it.
     */
    public boolean keepPage(String path, String key) throws IOException {
        Entry old = before.get(path);
        if (!sameProgram || old == null || !key.equals(old.key())) {
            return false;
        }
        if (updating ? !present(path, old.length()) : !link(path, path)) {
            return false;
        }
        if (updating) {
            unchanged.incrementAndGet();
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
        boolean samePlace = old != null && old.length() == bytes.length && old.hash() == hash;
        if (updating && samePlace && present(path, bytes.length)) {
            unchanged.incrementAndGet();
            after.put(path, new Entry(bytes.length, hash, key));
            return;
        }
        String same = samePlace && !updating ? path
                : byContent.isEmpty() ? null   // a first build: no key to make
                : byContent.get(contentKey(bytes.length, hash));   // e.g. a search shard whose folder was renamed
        if (same != null && link(path, same)) {
            after.put(path, new Entry(bytes.length, hash, key));
            return;
        }
        target.write(path, bytes);
        if (updating) {
            staged.add(path);
        }
        written.incrementAndGet();
        after.put(path, new Entry(bytes.length, hash, key));
    }

    /** Whether the previous output still holds a regular file of this length at {@code path}. */
    private boolean present(String path, long length) {
        try {
            BasicFileAttributes a = Files.readAttributes(previous.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == length;
        } catch (IOException e) {
            return false;
        }
    }

    /** Streamed files up to this size are held until closed, so that an unchanged one is linked, not written. */
    private static final int HOLD_LIMIT = 1 << 20;

    /**
     * Streams a file into the staging folder, hashing it on the way for the manifest. A file that stays small
     * is held until it is closed and then treated as {@link #write}: linked or left alone when it comes out
     * unchanged. A large one is written as it comes; when updating and it came out unchanged, the written copy is
     * dropped and the output's file left as it was.
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
                long hash = crc.value();
                Entry old = before.get(path);
                if (updating && old != null && old.length() == length && old.hash() == hash
                        && present(path, length)) {
                    Files.delete(target.fileOf(path));   // the output's copy is the same: leave it as it is
                    unchanged.incrementAndGet();
                } else {
                    if (updating) {
                        staged.add(path);
                    }
                    written.incrementAndGet();
                }
                after.put(path, new Entry(length, hash, null));
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
        if (updating) {
            staged.add(path);
        }
        linked.incrementAndGet();
        return true;
    }

    /**
     * Updating: moves every file this build put into the staging folder into the output, each by one rename over
     * the old copy, the deepest first (a page's search files and data before the pages and index that name them),
     * then deletes the files of the previous output this build did not make, and the folders that leaves empty.
     * The manifest is deleted first: should this stop half way, the next build makes a whole new output. The
     * staging folder is left holding empty folders only.
     */
    public void commitInPlace() throws IOException {
        if (!updating) {
            throw new IllegalStateException("not updating the output in place");
        }
        Files.deleteIfExists(manifest);
        List<String> moves = new ArrayList<>(staged);
        moves.sort(DEEPEST_FIRST);
        Set<Path> folders = new HashSet<>();
        for (String path : moves) {
            Path to = previous.resolve(path);
            Path parent = to.getParent();
            if (folders.add(parent)) {
                Files.createDirectories(parent);
            }
            move(target.fileOf(path), to);
        }
        List<String> stale = new ArrayList<>();
        for (String path : before.keySet()) {
            if (!after.containsKey(path)) {
                stale.add(path);
            }
        }
        stale.sort(DEEPEST_FIRST);
        Set<Path> emptied = new HashSet<>();
        for (String path : stale) {
            Path file = previous.resolve(path);
            try {
                Files.delete(file);
                removed++;
            } catch (NoSuchFileException e) {
                // already gone
            }
            emptied.add(file.getParent());
        }
        List<Path> dirs = new ArrayList<>(emptied);
        dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (Path dir : dirs) {
            deleteEmptyUpwards(dir);
        }
    }

    /** Deletes {@code dir} and then each folder above it that is left empty, up to (not including) the output. */
    private void deleteEmptyUpwards(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(previous) && !d.equals(previous); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    /** Paths with more folders first, then by name: files go in before those that lead to them. */
    private static final Comparator<String> DEEPEST_FIRST = Comparator
            .comparingInt((String p) -> -depth(p)).thenComparing(Comparator.naturalOrder());

    private static int depth(String path) {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Files taken over unchanged from the previous output by a hard link. */
    public int linked() {
        return linked.get();
    }

    /** Files written anew. */
    public int written() {
        return written.get();
    }

    /** Updating: files (and kept pages) left in the output as they were. */
    public int unchanged() {
        return unchanged.get();
    }

    /** Updating: files of the previous output deleted because this build did not make them (after the commit). */
    public int removed() {
        return removed;
    }

    /** The files of the site this build made (written, linked or left unchanged). */
    public int files() {
        return after.size();
    }

    /**
     * The folder beside the output {@code out} where a build keeps what the next one reads (manifest, search texts,
     * the last build's stamp): {@code site-output} → {@code site-output.state}, never inside the output.
     */
    public static Path stateFolder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".state");
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

    /**
     * Where the file at {@code path} is once written and closed: in the staging folder when this build wrote
     * it, in the output when it was left there unchanged.
     */
    @Override
    public Path fileOf(String path) {
        if (updating && !staged.contains(path) && after.containsKey(path)) {
            return previous.resolve(path);
        }
        return target.fileOf(path);
    }

    public FolderSink target() {
        return target;
    }
}
