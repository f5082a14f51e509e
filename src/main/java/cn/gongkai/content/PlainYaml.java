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
import java.util.regex.Pattern;

/**
 * A fast reader for the plain subset of YAML that content files use: nested {@code key: value} mappings,
 * one-line flow lists {@code [0, /, null]}, plain and simple double-quoted scalars, comments. It gives exactly
 * the tree and lines the full YAML reader gives, and returns null for anything else (block lists, anchors,
 * multi-line or escaped strings, YAML 1.1 oddities such as {@code yes} or {@code 012}), so the caller can use the
 * full reader. Reading 20,000 front matters with the full reader costs seconds; this costs a fraction.
 */
final class PlainYaml {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern INT = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern SOURCE_FILE = Pattern.compile("[0-9]{4}\\.source\\.[A-Za-z0-9]+");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RESERVED = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|\\.inf|\\.nan|-\\.inf");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private PlainYaml() {
    }

    /** A mapping being read; {@code indent} is the indentation of its keys. */
    private record Level(int indent, ObjectNode node, String path) {
    }

    /** The document as {@link LocatedYaml}, or null when it uses anything beyond the plain subset. */
    static LocatedYaml tryRead(String text, int firstLine) {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode root = nodes.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> duplicates = new HashMap<>();
        Deque<Level> stack = new ArrayDeque<>();
        stack.push(new Level(0, root, ""));
        String[] rows = text.split("\n", -1);
        String pendingKey = null;
        int pendingIndent = 0;
        int pendingLine = 0;
        Level pendingParent = null;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            int indent = 0;
            while (indent < row.length() && row.charAt(indent) == ' ') {
                indent++;
            }
            String content = row.substring(indent).stripTrailing();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.indexOf('\t') >= 0 || row.indexOf('\r') >= 0) {
                return null;
            }
            int line = firstLine + i;
            if (pendingKey != null) {
                if (indent > pendingIndent) {
                    ObjectNode child = nodes.objectNode();
                    String path = join(pendingParent.path(), pendingKey);
                    if (!put(pendingParent.node(), pendingKey, child, path, pendingLine, lines, duplicates)) {
                        return null;
                    }
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
            int colon = content.indexOf(':');
            if (colon <= 0 || !KEY.matcher(content.substring(0, colon)).matches()) {
                return null;
            }
            String key = content.substring(0, colon);
            String rest = content.substring(colon + 1);
            if (!rest.isEmpty() && rest.charAt(0) != ' ') {
                return null;
            }
            String value = withoutComment(rest.strip());
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
            String path = join(parent.path(), key);
            JsonNode node = value.startsWith("[") ? list(value, path, line, nodes, lines) : scalar(value, nodes);
            if (node == null || !put(parent.node(), key, node, path, line, lines, duplicates)) {
                return null;
            }
        }
        if (pendingKey != null) {
            put(pendingParent.node(), pendingKey, nodes.nullNode(), join(pendingParent.path(), pendingKey),
                    pendingLine, lines, duplicates);
        }
        return new LocatedYaml(root, lines, duplicates);
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Puts a key; a second value for the same key is recorded as duplicate and ignored, as the full reader does. */
    private static boolean put(ObjectNode o, String key, JsonNode value, String path, int line,
                               Map<String, Integer> lines, Map<String, Integer> duplicates) {
        if (o.has(key)) {
            duplicates.putIfAbsent(path, line);
            return true;
        }
        lines.put(path, line);
        o.set(key, value);
        return true;
    }

    /** The value without a trailing {@code  # comment}; null when a quote or bracket makes that unclear. */
    private static String withoutComment(String v) {
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

    private static JsonNode list(String v, String path, int line, JsonNodeFactory nodes, Map<String, Integer> lines) {
        if (!v.endsWith("]") || v.indexOf('[', 1) >= 0 || v.indexOf(']') != v.length() - 1) {
            return null;
        }
        ArrayNode a = nodes.arrayNode();
        String inner = v.substring(1, v.length() - 1).strip();
        if (inner.isEmpty()) {
            return a;
        }
        String[] items = inner.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            if (item.isEmpty() || item.startsWith("\"")) {
                return null;
            }
            JsonNode n = scalar(item, nodes);
            if (n == null) {
                return null;
            }
            lines.put(path + "." + i, line);
            a.add(n);
        }
        return a;
    }

    /** A plain or simple double-quoted scalar typed as the full reader types it, or null when unsure. */
    private static JsonNode scalar(String v, JsonNodeFactory nodes) {
        if (v.startsWith("\"")) {
            return nodes.textNode(v.substring(1, v.length() - 1));
        }
        if (v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
            return nodes.nullNode();
        }
        if (INT.matcher(v).matches()) {
            return nodes.numberNode(new BigInteger(v));
        }
        if (DECIMAL.matcher(v).matches()) {
            return nodes.numberNode(new BigDecimal(v));
        }
        char c = v.charAt(0);
        if (RESERVED.matcher(v).matches() || v.contains(": ") || v.endsWith(":") || v.contains("{")
                || v.contains("[") || v.contains("]") || v.contains("}") || v.contains(",")) {
            return null;
        }
        if (INDICATORS.indexOf(c) >= 0 || c == '+' || c == '.' || Character.isDigit(c)) {
            // Leading digits may be numbers in disguise: accept only the plain kinds content files use.
            if (Character.isDigit(c) && (DATE.matcher(v).matches() || SOURCE_FILE.matcher(v).matches() || SHA256.matcher(v).matches() && !v.matches("[0-9]+"))) {
                return nodes.textNode(v);
            }
            return null;
        }
        return nodes.textNode(v);
    }
}
