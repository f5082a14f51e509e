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
    private final MessageDigest sha256 = newSha256();
    private long bytes;
    private String hex;

    HashingOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        bytes += len;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Closes the file and fixes its hash; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (hex == null) {
            hex = HexFormat.of().formatHex(sha256.digest());
            out.close();
        }
    }

    /** How many bytes were written. */
    long bytes() {
        return bytes;
    }

    /** Lowercase hex SHA-256 of everything written; only once closed. */
    String sha256() {
        if (hex == null) {
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
