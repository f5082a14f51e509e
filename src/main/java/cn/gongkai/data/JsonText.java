package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;

import java.io.IOException;

/**
 * Writes text values through a Jackson generator, the same bytes as {@link JsonGenerator#writeString(String)}
 * but cheaper for long Chinese text (the reports' narrative, titles and descriptions). The program runs Java with
 * the quick compiler only, under which Jackson's per-character loop pays a bounds check call for every
 * {@code String.charAt} of a two-byte string; here the text is copied out once ({@code String.getChars}) and
 * encoded to UTF-8 with its escapes in one loop over the array, then handed to the generator as ready bytes.
 *
 * <p>Only what Jackson writes plainly or with a short escape is encoded here ({@code "}, {@code \}, line feed,
 * carriage return, tab); text with any other control character or a surrogate (Jackson escapes those as
 * {@code \}{@code uXXXX}) and every generator that does not write UTF-8 bytes go to {@code writeString}. Not
 * thread-safe: one per thread or per file being written.
 */
final class JsonText {
    /** Shorter text is not worth the copy. */
    private static final int MIN_LENGTH = 12;

    private char[] chars = new char[2048];
    private byte[] bytes = new byte[6144];

    /** Writes {@code text} as a JSON string value, or null. */
    void write(JsonGenerator g, String text) throws IOException {
        if (text == null) {
            g.writeNull();
            return;
        }
        int length = text.length();
        int n = length < MIN_LENGTH || !(g instanceof UTF8JsonGenerator) ? -1 : encode(text, length);
        if (n < 0) {
            g.writeString(text);
        } else {
            g.writeRawUTF8String(bytes, 0, n);
        }
    }

    /** Writes a field holding {@code text} (or null). */
    void field(JsonGenerator g, String name, String text) throws IOException {
        g.writeFieldName(name);
        write(g, text);
    }

    /**
     * Encodes the text into {@link #bytes} as it appears between the quotes of a JSON string; returns the length,
     * or -1 for text this leaves to Jackson.
     */
    private int encode(String text, int length) {
        char[] c = chars;
        if (c.length < length) {
            c = chars = new char[Math.max(length, 2 * c.length)];
        }
        if (bytes.length < 3 * length) {
            bytes = new byte[Math.max(3 * length, 2 * bytes.length)];
        }
        byte[] b = bytes;
        text.getChars(0, length, c, 0);
        int p = 0;
        for (int i = 0; i < length; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch >= 0x20 && ch != '"' && ch != '\\') {
                    b[p++] = (byte) ch;
                    continue;
                }
                byte e = switch (ch) {
                    case '"' -> (byte) '"';
                    case '\\' -> (byte) '\\';
                    case '\n' -> (byte) 'n';
                    case '\r' -> (byte) 'r';
                    case '\t' -> (byte) 't';
                    default -> 0;
                };
                if (e == 0) {
                    return -1;
                }
                b[p++] = '\\';
                b[p++] = e;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (ch >= 0xD800 && ch <= 0xDFFF) {
                return -1;
            } else {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        return p;
    }
}
