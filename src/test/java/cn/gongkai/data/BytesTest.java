package cn.gongkai.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chunked buffer gives back exactly the bytes written, across chunk boundaries. */
class BytesTest {

    @Test
    void keepsEveryByteInOrderAcrossManyChunks() {
        Random random = new Random(7);
        Bytes bytes = new Bytes(64);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    int b = random.nextInt(256);
                    bytes.write(b);
                    expected.write(b);
                }
                case 1 -> {
                    byte[] b = new byte[random.nextInt(3000)];
                    random.nextBytes(b);
                    bytes.write(b);
                    expected.writeBytes(b);
                }
                case 2 -> {
                    String s = "report_id,shandong/jining/" + i + ",";
                    bytes.writeUtf8(s);
                    expected.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    String s = "金乡县卜集镇人民政府,—,无," + i;
                    bytes.writeUtf8(s);
                    expected.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                }
            }
            assertEquals(expected.size(), bytes.size());
        }
        assertArrayEquals(expected.toByteArray(), bytes.toByteArray());
    }

    @Test
    void takesAWriteLargerThanAChunk() {
        byte[] big = new byte[3 << 20];
        new Random(1).nextBytes(big);
        Bytes bytes = new Bytes(16);
        bytes.write('x');
        bytes.write(big);
        bytes.writeUtf8("y".repeat(2 << 20));
        assertEquals(1 + big.length + (2 << 20), bytes.size());
        byte[] out = bytes.toByteArray();
        assertEquals('x', out[0]);
        assertEquals(big[big.length - 1], out[big.length]);
        assertEquals('y', out[out.length - 1]);
    }
}
