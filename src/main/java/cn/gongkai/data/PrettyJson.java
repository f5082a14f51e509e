package cn.gongkai.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON laid out for reading, streamed to a file: the bytes of Jackson's generator with the program's pretty
 * printer ({@link JsonMapper#prettyWriter}: two-space indent, {@code \n}, {@code "name" : value}, an empty object
 * or list as {@code { }} or {@code [ ]}) and {@link CompactJson}'s escapes. For {@code datapackage.json}, which
 * lists every data file (thousands of entries): Jackson's pretty printer and per-character loop cost more than
 * the bytes under the quick compiler. Not thread-safe; the caller closes the stream.
 */
final class PrettyJson {
    private final OutputStream out;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private char[] chars = new char[256];
    /** Per open container, from the root: whether it has an entry yet. */
    private boolean[] entries = new boolean[16];
    private int depth;
    /** A name was written and its value is next. */
    private boolean afterName;
    /** Names written so far, encoded ({@code "name" : }). */
    private final java.util.HashMap<String, byte[]> names = new java.util.HashMap<>();

    PrettyJson(OutputStream out) {
        this.out = out;
    }

    void startObject() throws IOException {
        open('{');
    }

    void endObject() throws IOException {
        close('}');
    }

    void startArray() throws IOException {
        open('[');
    }

    void endArray() throws IOException {
        close(']');
    }

    void name(String name) throws IOException {
        entry();
        // the few names a file repeats for every resource and field, each encoded once with its " : "
        byte[] encoded = names.get(name);
        if (encoded == null) {
            int n = name.length();
            byte[] b = new byte[6 * n + 5];
            int end = CompactJson.quote(name, n, new char[n], b, 0);
            b[end++] = ' ';
            b[end++] = ':';
            b[end++] = ' ';
            encoded = Arrays.copyOf(b, end);
            names.put(name, encoded);
        }
        room(encoded.length);
        System.arraycopy(encoded, 0, buf, pos, encoded.length);
        pos += encoded.length;
        afterName = true;
    }

    /** A text value, or null. */
    void string(String text) throws IOException {
        beforeValue();
        if (text == null) {
            ascii("null");
        } else {
            quoted(text);
        }
    }

    /** A text value already quoted and escaped by {@link #quote}. */
    void string(byte[] quoted) throws IOException {
        beforeValue();
        room(quoted.length);
        System.arraycopy(quoted, 0, buf, pos, quoted.length);
        pos += quoted.length;
    }

    void number(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
    }

    void bool(boolean value) throws IOException {
        beforeValue();
        ascii(value ? "true" : "false");
    }

    /** Writes what is held to the stream; call once the value is complete. */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** The text quoted and escaped as a JSON string, to write many times with {@link #string(byte[])}. */
    static byte[] quote(String text) {
        int n = text.length();
        byte[] b = new byte[6 * n + 2];
        return Arrays.copyOf(b, CompactJson.quote(text, n, new char[n], b, 0));
    }

    private void open(char c) throws IOException {
        beforeValue();
        room(1);
        buf[pos++] = (byte) c;
        if (++depth == entries.length) {
            entries = Arrays.copyOf(entries, 2 * depth);
        }
        entries[depth] = false;
    }

    private void close(char c) throws IOException {
        boolean any = entries[depth--];
        if (any) {
            indent();
        } else {
            room(1);
            buf[pos++] = ' ';
        }
        room(1);
        buf[pos++] = (byte) c;
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            entry();
        }
    }

    /** Starts an entry of the open container: a comma after the one before, a new line, the indent. */
    private void entry() throws IOException {
        if (entries[depth]) {
            room(1);
            buf[pos++] = ',';
        }
        entries[depth] = true;
        indent();
    }

    private void indent() throws IOException {
        room(1 + 2 * depth);
        buf[pos++] = '\n';
        for (int i = 0; i < 2 * depth; i++) {
            buf[pos++] = ' ';
        }
    }

    private void quoted(String text) throws IOException {
        int n = text.length();
        room(6 * n + 2);
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        pos = CompactJson.quote(text, n, chars, buf, pos);
    }

    private void ascii(String text) throws IOException {
        int n = text.length();
        room(n);
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, buf, pos, n);
        pos += n;
    }

    /** Makes room for {@code more} bytes: writes what is held to the stream first when the buffer is full. */
    private void room(int more) throws IOException {
        if (buf.length - pos < more) {
            flush();
            if (buf.length < more) {
                buf = new byte[more];
            }
        }
    }
}
