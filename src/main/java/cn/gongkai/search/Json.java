package cn.gongkai.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The index's JSON strings, appended straight into the builders the index files are made in (arrays of numbers
 * and strings, flat objects); escaping is Jackson's.
 */
final class Json {
    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    private Json() {
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        ENCODER.quoteAsString(s, out);
        out.append('"');
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        string(out, s);
        return out.toString();
    }
}
