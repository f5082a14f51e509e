package cn.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for the index's binary files: unsigned numbers as LEB128 varints (7 bits a byte, low
 * bits first, high bit set on every byte but the last; search.js reads them back) and strings as their UTF-8
 * length followed by the bytes.
 */
final class ByteOut {
    private byte[] bytes;
    private int size;

    ByteOut() {
        this(64);
    }

    ByteOut(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Makes room for {@code more} bytes (small enough for C1 to inline: the growing is a call of its own). */
    private void room(int more) {
        if (size + more > bytes.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    /** Appends a non-negative number as a varint. */
    ByteOut uint(int v) {
        if (v < 0) {
            throw negative(v);
        }
        room(5);
        while (v >= 0x80) {
            bytes[size++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
        return this;
    }

    /** Appends a string: its UTF-8 length as a varint, then the bytes. */
    ByteOut string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        uint(b.length);
        return append(b, 0, b.length);
    }

    /** Appends a string already in UTF-8 ({@code utf8}), as {@link #string(String)} appends one. */
    ByteOut string(byte[] utf8) {
        uint(utf8.length);
        return append(utf8, 0, utf8.length);
    }

    private static IllegalArgumentException negative(int v) {
        return new IllegalArgumentException("search: negative number in the index: " + v);
    }

    ByteOut append(byte[] b, int from, int len) {
        room(len);
        System.arraycopy(b, from, bytes, size, len);
        size += len;
        return this;
    }

    ByteOut append(ByteOut other) {
        return append(other.bytes, 0, other.size);
    }

    /** Appends bytes {@code [from, to)} of {@code other}. */
    ByteOut append(ByteOut other, int from, int to) {
        return append(other.bytes, from, to - from);
    }

    /**
     * Adds {@code len} bytes to the end, to be filled in by the caller, and returns the array they are in (valid until
     * the next append): they are the last {@code len} bytes before {@link #size()}.
     */
    byte[] reserve(int len) {
        room(len);
        size += len;
        return bytes;
    }

    int size() {
        return size;
    }

    /** Empties the buffer, keeping its room. */
    void clear() {
        size = 0;
    }

    /** Whether {@code other} holds the same bytes. */
    boolean sameBytes(ByteOut other) {
        return size == other.size && Arrays.equals(bytes, 0, size, other.bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /**
     * The bytes written, without a copy when they fill the buffer (made with exactly their size): for a buffer not
     * appended to afterwards.
     */
    byte[] finish() {
        return size == bytes.length ? bytes : toByteArray();
    }
}
