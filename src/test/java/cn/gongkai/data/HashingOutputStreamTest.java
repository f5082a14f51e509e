package cn.gongkai.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HashingOutputStreamTest {
    @Test
    void passesEveryByteOnAndTellsTheirCountAndHash() throws IOException {
        byte[] data = new byte[200_000];
        new Random(7).nextBytes(data);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        HashingOutputStream out = new HashingOutputStream(target);
        out.write(data, 0, 10);
        out.write(data[10]);
        out.write(data, 11, 150_000 - 11);
        out.write(data, 150_000, data.length - 150_000);
        out.close();
        out.close();
        assertArrayEquals(data, target.toByteArray());
        assertEquals(data.length, out.bytes());
        assertEquals(DataFiles.sha256(data), out.sha256());
    }

    @Test
    void hasNoHashWhileStillOpen() {
        HashingOutputStream out = new HashingOutputStream(new ByteArrayOutputStream());
        assertThrows(IllegalStateException.class, out::sha256);
    }

    @Test
    void hashesTheEmptyFile() throws IOException {
        HashingOutputStream out = new HashingOutputStream(new ByteArrayOutputStream());
        out.close();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", out.sha256());
        assertEquals(0, out.bytes());
    }
}
