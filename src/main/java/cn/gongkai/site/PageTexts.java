package cn.gongkai.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search text of each searched page (its title and its text as the search index reads it), kept beside the
 * output ({@code <out>.state/page-text.bin}) so that a later build which keeps the page unrendered hands the index
 * its text without reading the page back and parsing it. An entry is found by the page's path <em>and</em> the
 * key of what the page was made from ({@link PageScope}, the same key {@link IncrementalSink#keepPage} compares):
 * the text of a page made from other inputs, by another program or with another theme is never found.
 *
 * <p>The file: a header line, then each entry's title and text as UTF-16 (big-endian), written by all rendering
 * threads at positions handed out one after another; then the index (per entry: path, key, position, title
 * length, text length), its position and a closing mark. Entries are read one at a time at their positions, so a
 * build never holds the file whole.
 */
public final class PageTexts {
    private static final byte[] HEADER = "gongkai-page-text-1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long END_MARK = 0x676f6e676b616931L;   // "gongkai1"

    private PageTexts() {
    }

    /** Where the texts of the output {@code out}'s pages are kept. */
    public static Path fileFor(Path out) {
        return IncrementalSink.stateFolder(out).resolve("page-text.bin");
    }

    /** A page's search title and text, as read by the search index. */
    public record Text(String title, char[] text) {
    }

    private record Slot(String key, long at, int titleLength, int textLength) {
    }

    /** The texts kept by an earlier build; safe for several threads. */
    public static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final Map<String, Slot> slots;

        private Reader(FileChannel channel, Map<String, Slot> slots) {
            this.channel = channel;
            this.slots = slots;
        }

        /**
         * The texts kept in {@code file}, or null when there is no such file or it is not complete (a build that
         * stopped while writing it): then every kept page's text is read from the page as before.
         */
        public static Reader open(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ);
                long size = ch.size();
                if (size < HEADER.length + 16) {
                    ch.close();
                    return null;
                }
                ByteBuffer head = ByteBuffer.allocate(HEADER.length);
                readFully(ch, head, 0);
                ByteBuffer tail = ByteBuffer.allocate(16);
                readFully(ch, tail, size - 16);
                long indexAt = tail.getLong(0);
                if (!java.util.Arrays.equals(head.array(), HEADER) || tail.getLong(8) != END_MARK
                        || indexAt < HEADER.length || indexAt > size - 16) {
                    ch.close();
                    return null;
                }
                ByteBuffer index = ByteBuffer.allocate(Math.toIntExact(size - 16 - indexAt));
                readFully(ch, index, indexAt);
                DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(index.array()));
                int n = in.readInt();
                Map<String, Slot> slots = new HashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    String path = in.readUTF();
                    Slot s = new Slot(in.readUTF(), in.readLong(), in.readInt(), in.readInt());
                    if (s.at() < HEADER.length || s.at() + 2L * (s.titleLength() + (long) s.textLength()) > indexAt) {
                        ch.close();
                        return null;
                    }
                    slots.put(path, s);
                }
                return new Reader(ch, slots);
            } catch (IOException | RuntimeException e) {
                if (ch != null) {
                    try {
                        ch.close();
                    } catch (IOException ignored) {
                        // nothing more to do
                    }
                }
                return null;
            }
        }

        /** The text of the page at {@code path} made from inputs with {@code key}, or null when it is not kept. */
        public Text get(String path, String key) {
            Slot s = slots.get(path);
            if (s == null || !s.key().equals(key)) {
                return null;
            }
            try {
                ByteBuffer b = ByteBuffer.allocate(2 * (s.titleLength() + s.textLength()));
                readFully(channel, b, s.at());
                b.flip();
                char[] title = new char[s.titleLength()];
                char[] text = new char[s.textLength()];
                java.nio.CharBuffer chars = b.asCharBuffer();
                chars.get(title);
                chars.get(text);
                return new Text(new String(title), text);
            } catch (IOException e) {
                return null;   // read from the page instead
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Writes the texts of this build's pages; {@link #put} is safe for several threads. */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final Path tmp;
        private final FileChannel channel;
        private final AtomicLong end = new AtomicLong(HEADER.length);
        private final Map<String, Slot> slots = new ConcurrentHashMap<>();
        private boolean done;

        private Writer(Path file, Path tmp, FileChannel channel) {
            this.file = file;
            this.tmp = tmp;
            this.channel = channel;
        }

        /** Starts a new file to replace {@code file} once {@link #finish finished}. */
        public static Writer create(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            writeFully(ch, ByteBuffer.wrap(HEADER), 0);
            return new Writer(file, tmp, ch);
        }

        /** Keeps the text of the page at {@code path}, made from inputs with {@code key}. */
        public void put(String path, String key, String title, char[] text) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(2 * (title.length() + text.length));
            java.nio.CharBuffer chars = b.asCharBuffer();
            chars.put(title);
            chars.put(text);
            place(path, key, title.length(), text.length, b);
        }

        private void place(String path, String key, int titleLength, int textLength, ByteBuffer b)
                throws IOException {
            long at = end.getAndAdd(b.remaining());
            writeFully(channel, b, at);
            slots.put(path, new Slot(key, at, titleLength, textLength));
        }

        /** Writes the index and puts the file in place of the earlier one. */
        public void finish() throws IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + slots.size() * 160);
            DataOutputStream out = new DataOutputStream(bytes);
            Map<String, Slot> sorted = new TreeMap<>(slots);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Slot> e : sorted.entrySet()) {
                Slot s = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(s.key());
                out.writeLong(s.at());
                out.writeInt(s.titleLength());
                out.writeInt(s.textLength());
            }
            long indexAt = end.get();
            out.writeLong(indexAt);
            out.writeLong(END_MARK);
            out.flush();
            writeFully(channel, ByteBuffer.wrap(bytes.toByteArray()), indexAt);
            channel.close();
            done = true;
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Drops the new file unless it was {@link #finish finished} (a build that failed). */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                channel.close();
                Files.deleteIfExists(tmp);
                try {
                    Files.delete(tmp.getParent());   // a first build that failed leaves no state folder behind
                } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException ignored) {
                    // an earlier build's state stays
                }
            }
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        long pos = at;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new java.io.EOFException("page texts end early");
            }
            pos += n;
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        long pos = at;
        while (b.hasRemaining()) {
            pos += ch.write(b, pos);
        }
    }
}
