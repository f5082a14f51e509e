package cn.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on to a file being written and takes its size and SHA-256 on the way, so the size and hash that
 * {@code datapackage.json} lists are those of the bytes written, without reading the file back or keeping it.
 */
final class HashingOutputStream extends OutputStream {
    private final OutputStream out;
    /** Null when the file is hashed later, from disk ({@link FileDigests}). */
    private final MessageDigest sha256;
    private long bytes;
    private String hex;
    private boolean closed;

    HashingOutputStream(OutputStream out) {
        this(out, true);
    }

    /** @param hashing false to count the bytes only: the file gets its hash later, from disk */
    HashingOutputStream(OutputStream out, boolean hashing) {
        this.out = out;
        this.sha256 = hashing ? newSha256() : null;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (sha256 != null) {
            sha256.update((byte) b);
        }
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (sha256 != null) {
            sha256.update(b, off, len);
        }
        bytes += len;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Closes the file and fixes its hash; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            hex = sha256 == null ? null : HexFormat.of().formatHex(sha256.digest());
            out.close();
        }
    }

    /** How many bytes were written. */
    long bytes() {
        return bytes;
    }

    /** Lowercase hex SHA-256 of everything written, or null when not hashing; only once closed. */
    String sha256() {
        if (!closed) {
            throw new IllegalStateException("the file is still being written");
        }
        return hex;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
