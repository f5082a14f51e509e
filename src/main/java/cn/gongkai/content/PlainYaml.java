package cn.gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A fast reader for the plain subset of YAML that content files use: nested {@code key: value} mappings,
 * one-line flow lists {@code [0, /, null]}, plain and simple double-quoted scalars, comments. It gives exactly
 * the tree and lines the full YAML reader gives, and returns null for anything else (block lists, anchors,
 * multi-line or escaped strings, YAML 1.1 oddities such as {@code yes} or {@code 012}), so the caller can use the
 * full reader. Reading 20,000 front matters with the full reader costs seconds; this costs a fraction.
 *
 * <p>It reads character by character without regular expressions, and numbers straight into the smallest
 * Jackson number node ({@link LocatedYaml#integerNode}), as the full reader's tree is built.
 */
final class PlainYaml {
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String[] RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", ".inf", ".nan",
            "-.inf"};
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PlainYaml() {
    }

    /** A mapping being read; {@code indent} is the indentation of its keys. */
    private record Level(int indent, ObjectNode node, String path) {
    }

    /** The document as {@link LocatedYaml}, or null when it uses anything beyond the plain subset. */
    static LocatedYaml tryRead(String text, int firstLine) {
        JsonNodeFactory nodes = NODES;
        ObjectNode root = nodes.objectNode();
        Map<String, Integer> lines = new HashMap<>(64);
        Map<String, Integer> duplicates = new HashMap<>(4);
        Deque<Level> stack = new ArrayDeque<>();
        stack.push(new Level(0, root, ""));
        String pendingKey = null;
        int pendingIndent = 0;
        int pendingLine = 0;
        Level pendingParent = null;
        YamlLines rows = new YamlLines(text, 0, text.length());
        while (rows.next()) {
            int i = rows.index();
            int rowStart = rows.rowStart();
            int end = rows.end();
            int indent = rows.indent();
            int cStart = rows.contentStart();
            int cEnd = rows.contentEnd();
            for (int k = cStart; k < cEnd; k++) {
                if (text.charAt(k) == '\t') {
                    return null;
                }
            }
            for (int k = rowStart; k < end; k++) {
                if (text.charAt(k) == '\r') {
                    return null;
                }
            }
            int line = firstLine + i;
            if (pendingKey != null) {
                if (indent > pendingIndent) {
                    ObjectNode child = nodes.objectNode();
                    String path = join(pendingParent.path(), pendingKey);
                    put(pendingParent.node(), pendingKey, child, path, pendingLine, lines, duplicates);
                    stack.push(new Level(indent, child, path));
                } else {
                    put(pendingParent.node(), pendingKey, nodes.nullNode(), join(pendingParent.path(), pendingKey),
                            pendingLine, lines, duplicates);
                }
                pendingKey = null;
            }
            while (indent < stack.peek().indent()) {
                stack.pop();
            }
            Level parent = stack.peek();
            if (indent != parent.indent()) {
                return null; // not aligned with the keys of any open mapping: leave it to the full reader
            }
            int colon = text.indexOf(':', cStart);
            if (colon < 0 || colon >= cEnd || colon == cStart || !isKey(text, cStart, colon)) {
                return null;
            }
            String key = text.substring(cStart, colon);
            if (colon + 1 < cEnd && text.charAt(colon + 1) != ' ') {
                return null;
            }
            String value = withoutComment(text.substring(colon + 1, cEnd).strip());
            if (value == null) {
                return null;
            }
            if (value.isEmpty()) {
                pendingKey = key;
                pendingIndent = indent;
                pendingLine = line;
                pendingParent = parent;
                continue;
            }
            JsonNode node = value.charAt(0) == '[' ? list(value, nodes) : scalar(value, nodes);
            if (node == null) {
                return null;
            }
            put(parent.node(), key, node, join(parent.path(), key), line, lines, duplicates);
        }
        if (pendingKey != null) {
            put(pendingParent.node(), pendingKey, nodes.nullNode(), join(pendingParent.path(), pendingKey),
                    pendingLine, lines, duplicates);
        }
        return new LocatedYaml(root, lines, duplicates, false);
    }

    /** {@code [A-Za-z0-9_][A-Za-z0-9_.-]*} over {@code s[from, to)}. */
    static boolean isKey(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && (i == from || c != '.' && c != '-')) {
                return false;
            }
        }
        return to > from;
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Puts a key; a second value for the same key is recorded as duplicate and ignored, as the full reader does. */
    private static void put(ObjectNode o, String key, JsonNode value, String path, int line,
                            Map<String, Integer> lines, Map<String, Integer> duplicates) {
        if (o.has(key)) {
            duplicates.putIfAbsent(path, line);
            return;
        }
        lines.put(path, line);
        o.set(key, value);
    }

    /** The value without a trailing {@code  # comment}; null when a quote or bracket makes that unclear. */
    static String withoutComment(String v) {
        if (v.startsWith("\"")) {
            int end = v.indexOf('"', 1);
            if (end < 0 || v.indexOf('\\') >= 0) {
                return null;
            }
            String after = v.substring(end + 1).strip();
            return after.isEmpty() || after.startsWith("#") ? v.substring(0, end + 1) : null;
        }
        if (v.startsWith("#")) {
            return "";
        }
        int hash = v.indexOf(" #");
        return hash < 0 ? v : v.substring(0, hash).strip();
    }

    /** A one-line flow list; its elements are on the list's line, so they get no lines of their own. */
    private static JsonNode list(String v, JsonNodeFactory nodes) {
        int last = v.length() - 1;
        if (v.charAt(last) != ']' || v.indexOf('[', 1) >= 0 || v.indexOf(']') != last) {
            return null;
        }
        ArrayNode a = nodes.arrayNode();
        int from = 1;
        while (from < last && isBlank(v.charAt(from))) {
            from++;
        }
        if (from == last) {
            return a;
        }
        while (true) {
            int comma = v.indexOf(',', from);
            int end = comma < 0 ? last : comma;
            int s = from;
            int e = end;
            while (s < e && isBlank(v.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(v.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                return null;
            }
            JsonNode n = v.charAt(s) == '"' ? quotedItem(v, s, e, nodes) : scalar(v.substring(s, e), nodes);
            if (n == null) {
                return null;
            }
            a.add(n);
            if (comma < 0) {
                return a;
            }
            from = comma + 1;
        }
    }

    /** A list item {@code "text"} without escapes, quotes or commas inside (e.g. {@code "/"}), else null. */
    private static JsonNode quotedItem(String v, int s, int e, JsonNodeFactory nodes) {
        if (e - s < 2 || v.charAt(e - 1) != '"') {
            return null;
        }
        for (int i = s + 1; i < e - 1; i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                return null;
            }
        }
        return nodes.textNode(v.substring(s + 1, e - 1));
    }

    /** The white space {@link String#strip()} removes. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c);
    }

    /** A plain or simple double-quoted scalar typed as the full reader types it, or null when unsure. */
    static JsonNode scalar(String v, JsonNodeFactory nodes) {
        char c = v.charAt(0);
        if (c == '"') {
            return nodes.textNode(v.substring(1, v.length() - 1));
        }
        if (v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
            return nodes.nullNode();
        }
        int digits = wholeNumberEnd(v);
        if (digits == v.length()) {
            return integer(v);
        }
        if (digits > 0 && v.charAt(digits) == '.' && digits + 1 < v.length() && allDigits(v, digits + 1, v.length())) {
            return nodes.numberNode(new BigDecimal(v));
        }
        if (isReserved(v) || v.contains(": ") || v.endsWith(":") || v.indexOf('{') >= 0
                || v.indexOf('[') >= 0 || v.indexOf(']') >= 0 || v.indexOf('}') >= 0 || v.indexOf(',') >= 0) {
            return null;
        }
        if (INDICATORS.indexOf(c) >= 0 || c == '+' || c == '.' || Character.isDigit(c)) {
            // Leading digits may be numbers in disguise: accept only the plain kinds content files use.
            if (isDigit(c) && (isDate(v) || isSourceFile(v) || isSha256(v) && !allDigits(v, 0, v.length()))) {
                return nodes.textNode(v);
            }
            return null;
        }
        return nodes.textNode(v);
    }

    /**
     * Where {@code -?(0|[1-9][0-9]*)} at the start of {@code v} ends, or 0 when it does not match there.
     */
    private static int wholeNumberEnd(String v) {
        int i = v.charAt(0) == '-' ? 1 : 0;
        if (i >= v.length() || !isDigit(v.charAt(i))) {
            return 0;
        }
        if (v.charAt(i) == '0') {
            return i + 1;
        }
        while (i < v.length() && isDigit(v.charAt(i))) {
            i++;
        }
        return i;
    }

    private static JsonNode integer(String v) {
        int n = v.length() - (v.charAt(0) == '-' ? 1 : 0);
        if (n <= 18) {
            return LocatedYaml.integerNode(Long.parseLong(v));
        }
        return LocatedYaml.integerNode(new BigInteger(v));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code v[from, to)} is one or more ASCII digits. */
    static boolean allDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** {@code (?i)y|n|yes|no|on|off|true|false|\.inf|\.nan|-\.inf}, ASCII letters only as that pattern. */
    private static boolean isReserved(String v) {
        for (String r : RESERVED) {
            if (r.length() == v.length() && asciiEqualsIgnoreCase(r, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiEqualsIgnoreCase(String lower, String v) {
        for (int i = 0; i < lower.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
    private static boolean isDate(String v) {
        return v.length() == 10 && allDigits(v, 0, 4) && v.charAt(4) == '-' && allDigits(v, 5, 7)
                && v.charAt(7) == '-' && allDigits(v, 8, 10);
    }

    /** {@code [0-9]{4}\.source\.[A-Za-z0-9]+}: a source copy's file name ({@code 2024.source.pdf}). */
    static boolean isSourceFile(String v) {
        if (v.length() < 13 || !allDigits(v, 0, 4) || !v.startsWith(".source.", 4)) {
            return false;
        }
        for (int i = 12; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9a-f]{64}}. */
    private static boolean isSha256(String v) {
        if (v.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = v.charAt(i);
            if (!(isDigit(c) || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
