package cn.gongkai.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON written straight into UTF-8 bytes: the bytes Jackson's generator writes without a pretty printer
 * (the same escapes: {@code "} and {@code \} and the short forms {@code \b \t \n \f \r}, other control characters
 * and every surrogate as {@code \}{@code u} and four uppercase hex digits; everything else as UTF-8). For the data
 * files' report objects and region summaries, thousands of small values each: under the quick compiler the
 * program runs with, Jackson's layers (write context, value checks, a bounds-checked {@code charAt} per
 * character) cost more than the bytes. Commas are placed by one flag: a value or a closed container before the
 * next name or value needs one, an opened container or a name does not. Not thread-safe; one per file.
 */
final class CompactJson implements JsonOut {
    /** A name encoded once with its quotes and colon, e.g. {@code "total":}. */
    record Key(String name, byte[] encoded) {
        static Key of(String name) {
            CompactJson out = new CompactJson(32);
            out.name(name);
            return new Key(name, out.toByteArray());
        }
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** The whole numbers 0 to 999, most of the cells, as text. */
    private static final byte[][] SMALL = new byte[1000][];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private byte[] buf;
    private int pos;
    private boolean comma;
    private char[] chars = new char[256];
    /** Names written so far, each encoded with its quotes and colon (at most {@link #MAX_NAMES}). */
    private final java.util.HashMap<String, byte[]> names = new java.util.HashMap<>();
    private static final int MAX_NAMES = 512;

    CompactJson(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    @Override
    public void startObject() {
        open('{');
    }

    @Override
    public void endObject() {
        close('}');
    }

    @Override
    public void startArray() {
        open('[');
    }

    @Override
    public void endArray() {
        close(']');
    }

    private void open(char c) {
        room(2);
        if (comma) {
            buf[pos++] = ',';
        }
        buf[pos++] = (byte) c;
        comma = false;
    }

    private void close(char c) {
        room(1);
        buf[pos++] = (byte) c;
        comma = true;
    }

    @Override
    public void name(String name) {
        if (name == null) {
            string(null);
            room(1);
            buf[pos++] = ':';
            comma = false;
            return;
        }
        // the names every report repeats ("id", "issuer", …): encoded once per writer
        byte[] encoded = names.get(name);
        if (encoded == null) {
            int n = name.length();
            byte[] b = new byte[6 * n + 3];
            int end = quote(name, n, new char[n], b, 0);
            b[end++] = ':';
            encoded = Arrays.copyOf(b, end);
            if (names.size() < MAX_NAMES) {
                names.put(name, encoded);
            }
        }
        room(encoded.length + 1);
        if (comma) {
            buf[pos++] = ',';
        }
        System.arraycopy(encoded, 0, buf, pos, encoded.length);
        pos += encoded.length;
        comma = false;
    }

    @Override
    public void name(Key name) {
        byte[] b = name.encoded();
        room(b.length + 1);
        if (comma) {
            buf[pos++] = ',';
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        comma = false;
    }

    @Override
    public void string(String text) {
        if (text == null) {
            nul();
            return;
        }
        int n = text.length();
        room(6 * n + 3);
        if (comma) {
            buf[pos++] = ',';
        }
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        pos = quote(text, n, chars, buf, pos);
        comma = true;
    }

    /**
     * Writes {@code text} (of length {@code n}) quoted and escaped into {@code b} at {@code p}, which has room for
     * {@code 6 n + 2} bytes; {@code c} is scratch space of at least {@code n} characters. Returns the new end.
     */
    static int quote(String text, int n, char[] c, byte[] b, int p) {
        b[p++] = '"';
        text.getChars(0, n, c, 0);
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            // Chinese text first (three bytes, below the surrogates), then ASCII: nearly every character
            if (ch >= 0x800 && ch < 0xD800) {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (ch < 0x80) {
                if (ch >= 0x20 && ch != '"' && ch != '\\') {
                    b[p++] = (byte) ch;
                } else {
                    p = escape(b, p, ch);
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (ch <= 0xDFFF) {
                p = unicodeEscape(b, p, ch);
            } else {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        b[p++] = '"';
        return p;
    }

    /** A quote, a backslash or a control character, escaped as Jackson escapes it. */
    private static int escape(byte[] b, int p, char ch) {
        byte e = switch (ch) {
            case '"' -> (byte) '"';
            case '\\' -> (byte) '\\';
            case '\b' -> (byte) 'b';
            case '\t' -> (byte) 't';
            case '\n' -> (byte) 'n';
            case '\f' -> (byte) 'f';
            case '\r' -> (byte) 'r';
            default -> 0;
        };
        if (e == 0) {
            return unicodeEscape(b, p, ch);
        }
        b[p++] = '\\';
        b[p++] = e;
        return p;
    }

    private static int unicodeEscape(byte[] b, int p, char ch) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[ch >> 12 & 0xF];
        b[p++] = HEX[ch >> 8 & 0xF];
        b[p++] = HEX[ch >> 4 & 0xF];
        b[p++] = HEX[ch & 0xF];
        return p;
    }

    @Override
    public void number(BigDecimal value) {
        long small;
        if (value.scale() == 0 && value.precision() <= 3 && (small = value.longValue()) >= 0) {
            value(SMALL[(int) small]);
        } else {
            number(value.toPlainString());
        }
    }

    @Override
    public void number(int value) {
        if (value >= 0 && value < SMALL.length) {
            value(SMALL[value]);
        } else {
            number(Integer.toString(value));
        }
    }

    /** A number as its text, written as it is (as Jackson's {@code writeNumber(String)}). */
    void number(String text) {
        value(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void nul() {
        value(NULL);
    }

    @Override
    public boolean encoded(byte[] compactJson) {
        value(compactJson);
        return true;
    }

    /** A value already encoded. */
    private void value(byte[] encoded) {
        room(encoded.length + 1);
        if (comma) {
            buf[pos++] = ',';
        }
        System.arraycopy(encoded, 0, buf, pos, encoded.length);
        pos += encoded.length;
        comma = true;
    }

    /** Ends the text with a line feed (as every JSON data file ends). */
    void newline() {
        room(1);
        buf[pos++] = '\n';
    }

    /** Empties the writer, keeping its buffers, to write another value. */
    void reset() {
        pos = 0;
        comma = false;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void room(int more) {
        if (buf.length - pos < more) {
            buf = Arrays.copyOf(buf, Math.max(pos + more, 2 * buf.length));
        }
    }
}
