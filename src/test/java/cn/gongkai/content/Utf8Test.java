package cn.gongkai.content;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8Test {

    /** What the loader decoded with before: the JDK's decoder refusing malformed input; null when it refuses. */
    private static String jdk(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String ours(byte[] b) {
        char[] out = new char[b.length];
        int n = Utf8.decode(b, b.length, out);
        return n < 0 ? null : new String(out, 0, n);
    }

    private static void assertSame(byte[] b) {
        assertEquals(jdk(b), ours(b), () -> "bytes " + java.util.HexFormat.ofDelimiter(" ").formatHex(b));
    }

    @Test
    void decodesWellFormedTextAsTheJdkDoes() {
        assertSame("issuer: 金乡县卜集镇人民政府\n## 一、总体情况\n".getBytes(StandardCharsets.UTF_8));
        assertSame("ascii only".getBytes(StandardCharsets.UTF_8));
        assertSame("é ß ¼ \u07FF \u0800 \uFFFF \uFEFF".getBytes(StandardCharsets.UTF_8));
        assertSame("😀 𠀀 \uDBFF\uDFFF".getBytes(StandardCharsets.UTF_8));
        assertSame(new byte[0]);
    }

    @Test
    void refusesWhatTheJdkRefuses() {
        int[][] cases = {
                {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2}, {0xC2, 0x41}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
                {0xE4, 0xB8}, {0xE4, 0x41, 0x80}, {0xE4, 0xB8, 0x41}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
                {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
                {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
                {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFE}, {0xFF}, {0xF0, 0x90, 0x80}, {0xF0, 0x90, 0x80, 0x41},
                {0x41, 0xE4, 0xB8, 0xAD, 0xE4}, {0xC3, 0xA9, 0x80}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            assertSame(b);
        }
    }

    @Test
    void agreesWithTheJdkOnRandomAndDamagedText() {
        Random random = new Random(20261123);
        String sample = "根据《中华人民共和国政府信息公开条例》ascii é ¼ 😀 𠀀 \n";
        byte[] good = sample.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20000; round++) {
            byte[] b;
            if (round % 2 == 0) {
                b = new byte[random.nextInt(12)];
                random.nextBytes(b);
            } else {
                b = java.util.Arrays.copyOfRange(good, random.nextInt(good.length), good.length);
                for (int k = random.nextInt(3); k > 0 && b.length > 0; k--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            assertSame(b);
        }
    }

    @Test
    void decodingByLinesMakesEveryLineEndALineFeedAndRefusesWhatTheJdkRefuses() {
        Random random = new Random(20261124);
        String[] pieces = {"a", "\r", "\n", "\r\n", "\r\r\n", "\n\r", "中", "😀", " ", "---"};
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (round % 3 == 0 && b.length > 0) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            String jdk = jdk(b);
            String expected = jdk == null ? null : jdk.replace("\r\n", "\n").replace('\r', '\n');
            char[] out = new char[b.length];
            int n = Utf8.decodeLines(b, b.length, out);
            byte[] bytes = b;
            assertEquals(expected, n < 0 ? null : new String(out, 0, n),
                    () -> "bytes " + java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
    }
}
