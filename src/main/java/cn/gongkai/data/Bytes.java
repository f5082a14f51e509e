package cn.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A byte buffer for assembling a piece of a data file (one report's CSV rows or JSON element; the large files
 * themselves are streamed). It grows by adding chunks instead of copying into ever larger arrays, and unlike
 * {@link java.io.ByteArrayOutputStream} it takes no lock per call, which matters for the many small writes of
 * the tidy CSV rows.
 */
final class Bytes {
    private static final int MAX_CHUNK = 1 << 20;

    /** Filled chunks and how many bytes of each are used. */
    private final List<byte[]> closed = new ArrayList<>();
    private int[] closedUsed = new int[8];
    private long closedSize;

    private byte[] buf;
    private int pos;

    Bytes(int initialCapacity) {
        buf = new byte[Math.max(64, Math.min(initialCapacity, MAX_CHUNK))];
    }

    void write(int b) {
        if (pos == buf.length) {
            next(1);
        }
        buf[pos++] = (byte) b;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (pos == buf.length) {
                next(len);
            }
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(b, off, buf, pos, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    /** Writes three arrays one after the other (a tidy CSV row: the report's columns, the cell's place, its end). */
    void write(byte[] a, byte[] b, byte[] c) {
        int n = a.length + b.length + c.length;
        if (buf.length - pos < n) {
            next(n);
        }
        byte[] to = buf;
        int p = pos;
        System.arraycopy(a, 0, to, p, a.length);
        p += a.length;
        System.arraycopy(b, 0, to, p, b.length);
        p += b.length;
        System.arraycopy(c, 0, to, p, c.length);
        pos = p + c.length;
    }

    /** Writes the string as UTF-8; ASCII goes byte by byte without an intermediate array. */
    void writeUtf8(String s) {
        int n = s.length();
        if (buf.length - pos < n) {
            next(n);
        }
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            buf[pos++] = (byte) c;
        }
        if (i < n) {
            write(s.substring(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes the string if it is printable ASCII without a CSV separator, quote or line break (most CSV values:
     * keys and numbers), in one pass; otherwise writes nothing and returns false.
     */
    boolean writePlainAscii(String s) {
        int n = s.length();
        if (buf.length - pos < n) {
            next(n);
        }
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 || c == ',' || c == '"') {
                return false;
            }
            b[p + i] = (byte) c;
        }
        pos = p + n;
        return true;
    }

    /** Empties the buffer to fill it again, keeping its current chunk. */
    void reset() {
        closed.clear();
        closedSize = 0;
        pos = 0;
    }

    int size() {
        long size = closedSize + pos;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a data file would exceed 2 GB; the portal is too large for one file");
        }
        return (int) size;
    }

    /** Writes the bytes to {@code out}, chunk by chunk, without copying them into one array first. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < closed.size(); i++) {
            out.write(closed.get(i), 0, closedUsed[i]);
        }
        out.write(buf, 0, pos);
    }

    byte[] toByteArray() {
        byte[] out = new byte[size()];
        int at = 0;
        for (int i = 0; i < closed.size(); i++) {
            System.arraycopy(closed.get(i), 0, out, at, closedUsed[i]);
            at += closedUsed[i];
        }
        System.arraycopy(buf, 0, out, at, pos);
        return out;
    }

    /** Closes the current chunk and starts one with room for at least {@code need} bytes. */
    private void next(int need) {
        if (closed.size() == closedUsed.length) {
            closedUsed = Arrays.copyOf(closedUsed, closedUsed.length * 2);
        }
        closedUsed[closed.size()] = pos;
        closed.add(buf);
        closedSize += pos;
        size();
        buf = new byte[Math.max(need, Math.min(MAX_CHUNK, buf.length * 2))];
        pos = 0;
    }
}
