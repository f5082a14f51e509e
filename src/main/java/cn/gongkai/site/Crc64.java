package cn.gongkai.site;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit content hash made of two different 32-bit CRCs (CRC-32 and CRC-32C, both computed by the processor's
 * own instructions, also under the quick compiler): what the incremental build compares files and inputs by. Not
 * a cryptographic hash; a file that differs and still hashes the same would need both CRCs to collide.
 */
public final class Crc64 {
    private final CRC32 crc = new CRC32();
    private final CRC32C crcC = new CRC32C();

    /** The hash of {@code bytes}. */
    public static long of(byte[] bytes) {
        return new Crc64().update(bytes, 0, bytes.length).value();
    }

    public Crc64 update(byte[] bytes, int off, int len) {
        crc.update(bytes, off, len);
        crcC.update(bytes, off, len);
        return this;
    }

    /** Adds one line of text (UTF-8 and a line break), for hashes of listings. */
    public Crc64 line(String text) {
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        return update(b, 0, b.length);
    }

    public long value() {
        return crc.getValue() << 32 | crcC.getValue();
    }
}
