package cn.gongkai.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array for assembling one data file. Unlike {@link java.io.ByteArrayOutputStream} it takes
 * no lock per call, which matters for the millions of small writes of the tidy CSV.
 */
final class Bytes {
    private byte[] buf;
    private int size;

    Bytes(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** Writes the string as UTF-8; ASCII goes byte by byte without an intermediate array. */
    void writeUtf8(String s) {
        int n = s.length();
        ensure(n);
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            buf[size++] = (byte) c;
        }
        if (i < n) {
            write(s.substring(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            long want = Math.max((long) buf.length * 2, (long) size + more);
            if (want > Integer.MAX_VALUE - 8) {
                if ((long) size + more > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("a data file would exceed 2 GB; split the portal");
                }
                want = Integer.MAX_VALUE - 8;
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }
}
