package cn.gongkai.data;

/**
 * Writes compact JSON (no spaces, no line breaks) straight into bytes, exactly as Jackson's compact writer of the
 * program's mapper writes the same tree: strings escaped as Jackson escapes them ({@code \"}, {@code \\}, the
 * short escapes {@code \b \t \n \f \r}, other control characters as {@code \}{@code u00XX} in upper case, all
 * other characters as UTF-8), numbers as given in plain notation. A test compares the two on every data file.
 *
 * <p>The data files hold some forty million characters at 2,000 reports; building a Jackson tree per report and
 * walking it again cost more than the text itself. Callers write keys and values in the contract's order.
 */
final class CompactJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final Bytes out;
    /** Per open object or array: whether a value was written in it (the next one needs a comma). */
    private boolean[] filled = new boolean[16];
    private int depth;

    CompactJson(Bytes out) {
        this.out = out;
    }

    /** Starts an object as a value (top level or array element). */
    CompactJson startObject() {
        comma();
        return open('{');
    }

    /** Starts an object as the value of {@code key}. */
    CompactJson startObject(String key) {
        key(key);
        return open('{');
    }

    CompactJson endObject() {
        return close('}');
    }

    /** Starts an array as the value of {@code key}. */
    CompactJson startArray(String key) {
        key(key);
        return open('[');
    }

    CompactJson endArray() {
        return close(']');
    }

    /** A string field; null is written as {@code null}. */
    CompactJson field(String key, String value) {
        key(key);
        string(value);
        return this;
    }

    /** A number field given as its JSON text (plain digits, optional sign and decimals); null as {@code null}. */
    CompactJson number(String key, String text) {
        key(key);
        if (text == null) {
            out.write(NULL);
        } else {
            out.writeUtf8(text);
        }
        return this;
    }

    CompactJson nullField(String key) {
        key(key);
        out.write(NULL);
        return this;
    }

    private void key(String key) {
        comma();
        string(key);
        out.write(':');
    }

    private void comma() {
        if (filled[depth]) {
            out.write(',');
        }
        filled[depth] = true;
    }

    private CompactJson open(char c) {
        out.write(c);
        if (++depth == filled.length) {
            filled = java.util.Arrays.copyOf(filled, depth * 2);
        }
        filled[depth] = false;
        return this;
    }

    private CompactJson close(char c) {
        if (depth == 0) {
            throw new IllegalStateException("nothing open to close with " + c);
        }
        depth--;
        out.write(c);
        return this;
    }

    /** A quoted, escaped string, or {@code null}. */
    private void string(String s) {
        if (s == null) {
            out.write(NULL);
            return;
        }
        out.write('"');
        writeEscaped(out, s);
        out.write('"');
    }

    /** Writes the characters of a JSON string (without the quotes) as UTF-8, escaped as Jackson escapes them. */
    static void writeEscaped(Bytes out, String s) {
        out.writeUtf8Escaped(s, ESCAPES);
    }

    /** The escape of each ASCII character that JSON text cannot hold as it is; null for the others. */
    private static final byte[][] ESCAPES = escapes();

    private static byte[][] escapes() {
        byte[][] e = new byte[128][];
        for (int c = 0; c < 0x20; c++) {
            e[c] = new byte[]{'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 0xF]};
        }
        e['"'] = new byte[]{'\\', '"'};
        e['\\'] = new byte[]{'\\', '\\'};
        e['\b'] = new byte[]{'\\', 'b'};
        e['\t'] = new byte[]{'\\', 't'};
        e['\n'] = new byte[]{'\\', 'n'};
        e['\f'] = new byte[]{'\\', 'f'};
        e['\r'] = new byte[]{'\\', 'r'};
        return e;
    }
}
