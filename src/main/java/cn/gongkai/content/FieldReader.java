package cn.gongkai.content;

import cn.gongkai.model.Cell;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads typed values out of a {@link LocatedYaml}, reporting every wrong type, unknown key or bad number to a
 * {@link FileProblems} with the line and key. Methods return null (or unknown cells) after reporting.
 */
final class FieldReader {
    private final LocatedYaml yaml;
    private final FileProblems problems;
    private final int defaultLine;

    /** {@code defaultLine} is named when a problem has no line of its own (e.g. a missing top-level key). */
    FieldReader(LocatedYaml yaml, FileProblems problems, int defaultLine) {
        this.yaml = yaml;
        this.problems = problems;
        this.defaultLine = defaultLine;
    }

    FileProblems problems() {
        return problems;
    }

    int line(String path) {
        int l = yaml.lineOf(path);
        return l > 0 ? l : defaultLine;
    }

    /** True when some list element is on a line of its own (not on its list's line). */
    boolean hasElementLines() {
        return yaml.elementLines();
    }

    /** The line of exactly this path, or 0. */
    int exactLine(String path) {
        Integer l = yaml.lines().get(path);
        return l == null ? 0 : l;
    }

    /** The node at a dotted path, or a missing node. */
    JsonNode node(String path) {
        JsonNode n = yaml.root();
        int start = 0;
        while (start < path.length()) {
            int dot = path.indexOf('.', start);
            int end = dot < 0 ? path.length() : dot;
            String part = path.substring(start, end);
            n = n.isArray() && isIndex(part) ? n.path(Integer.parseInt(part)) : n.path(part);
            start = end + 1;
        }
        return n;
    }

    private static boolean isIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty() && s.length() < 6;
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull();
    }

    /** Reports keys written twice in one mapping. */
    void reportDuplicateKeys() {
        yaml.duplicateKeys().forEach((path, line) -> problems.error(line, path, "duplicate-key",
                "这个键写了两次；每个键只能出现一次"));
    }

    /** Reports every key of the mapping at {@code path} that is not in {@code allowed} (listed in order). */
    void checkKeys(String path, JsonNode mapping, List<String> allowed) {
        for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                String p = path.isEmpty() ? k : path + "." + k;
                problems.error(line(p), p, "unknown-key", "未知的键“" + k + "”；"
                        + (path.isEmpty() ? "" : "“" + path + "”下") + "允许的键：" + String.join(", ", allowed));
            }
        }
    }

    /** A mapping, or null (reported unless absent). */
    JsonNode mapping(String path, String what) {
        JsonNode n = node(path);
        if (absent(n)) {
            return null;
        }
        if (!n.isObject()) {
            wrongType(path, n, what);
            return null;
        }
        return n;
    }

    String string(String path, boolean required) {
        JsonNode n = node(path);
        if (absent(n)) {
            if (required) {
                missing(path);
            }
            return null;
        }
        if (!n.isTextual() && !n.isNumber()) {
            wrongType(path, n, "文字");
            return null;
        }
        String s = n.asText().strip();
        if (s.isEmpty()) {
            if (required) {
                missing(path);
            }
            return null;
        }
        return s;
    }

    /** A whole number ≥ 0, or null. */
    Integer count(String path, boolean required) {
        JsonNode n = node(path);
        if (absent(n)) {
            if (required) {
                missing(path);
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            if (n.isNumber() && n.decimalValue().stripTrailingZeros().scale() > 0) {
                problems.error(line(path), path, "not-whole", "应为整数，实际是 " + n.decimalValue().toPlainString());
            } else {
                wrongType(path, n, "整数");
            }
            return null;
        }
        int v = n.intValue();
        if (v < 0) {
            problems.error(line(path), path, "negative-count", "数量不能为负数，实际是 " + v);
            return null;
        }
        return v;
    }

    void missing(String path) {
        problems.error(line(parentOf(path)), path, "missing-key", "缺少必填的键“" + path + "”");
    }

    void wrongType(String path, JsonNode n, String expected) {
        problems.error(line(path), path, "wrong-type", "应为" + expected + "，实际是" + describe(n));
    }

    /** One table cell: a number, {@code /} (also {@code —}, {@code 无}, blank) or null/~ for unknown. */
    Cell cell(String path, CellKind kind) {
        return cell(node(path), path, kind);
    }

    /** {@link #cell(String, CellKind)} for a node already found at {@code path}. */
    Cell cell(JsonNode n, String path, CellKind kind) {
        if (absent(n)) {
            return Cell.UNKNOWN;
        }
        if (n.isNumber()) {
            BigDecimal v = n.decimalValue();
            if (kind != CellKind.AMOUNT && v.stripTrailingZeros().scale() > 0) {
                problems.error(line(path), path, "not-whole", "应为整数（件数不能有小数），实际是 " + v.toPlainString());
                return Cell.UNKNOWN;
            }
            if (kind != CellKind.CHANGE && v.signum() < 0) {
                problems.error(line(path), path, "negative-count", "数量不能为负数，实际是 " + v.toPlainString());
                return Cell.UNKNOWN;
            }
            return Cell.of(v, v.toPlainString());
        }
        if (n.isTextual()) {
            String s = n.asText().strip();
            if (s.isEmpty() || s.equals("/") || s.equals("／") || s.equals("—") || s.equals("无")) {
                return Cell.notApplicable(s);
            }
        }
        problems.error(line(path), path, "wrong-type", "单元格应为数字、/（不适用）或 null（未知），实际是" + describe(n));
        return Cell.UNKNOWN;
    }

    /**
     * A row written as a list of {@code size} cells, or null when the row is absent or null. {@code labels}
     * name the columns for the message.
     */
    List<Cell> cells(String path, List<CellKind> kinds, String labels) {
        JsonNode n = node(path);
        if (absent(n)) {
            return null;
        }
        int size = kinds.size();
        if (!n.isArray() || n.size() != size) {
            problems.error(line(path), path, "wrong-type", "应为 " + size + " 个单元格的列表（" + labels + "），实际是"
                    + (n.isArray() ? " " + n.size() + " 个单元格的列表" : describe(n)));
            return null;
        }
        List<Cell> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            JsonNode c = n.get(i);
            // Numbers and nulls need no path; build it only for the cells that may have something to report.
            out.add(c.isIntegralNumber() && c.canConvertToLong() && c.longValue() >= 0 ? Cell.of(c.longValue())
                    : c.isNull() ? Cell.UNKNOWN : cell(c, path + "." + i, kinds.get(i)));
        }
        return out;
    }

    static String describe(JsonNode n) {
        if (n.isObject()) {
            return "一组键值（映射）";
        }
        if (n.isArray()) {
            return " " + n.size() + " 项的列表";
        }
        if (n.isBoolean()) {
            return "真假值 " + n.asText() + "（YAML 把 yes/no/true/false 读作真假值）";
        }
        if (n.isNumber()) {
            return "数字 " + n.decimalValue().toPlainString();
        }
        return "文字“" + n.asText() + "”";
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
