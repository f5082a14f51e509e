package cn.gongkai.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A YAML document read into a tree together with the line of every key and list element, so that each problem
 * can name its line. Paths are dotted: {@code applications.granted} for a key, {@code applications.granted.3}
 * for the fourth element of a list.
 *
 * A list element gets a line of its own only when it is not on the line of its list's key (a block list, or a
 * flow list over several lines); otherwise {@link #lineOf} finds the list's line. Whole numbers are the smallest
 * Jackson node that holds them ({@link #integerNode}), whichever reader built the tree.
 *
 * @param root           the document (an empty object for an empty document)
 * @param lines          path to 1-based line in the file
 * @param duplicateKeys  path to line of every key written twice in the same mapping
 * @param elementLines   true when some list element has a line of its own in {@code lines}
 */
record LocatedYaml(JsonNode root, Map<String, Integer> lines, Map<String, Integer> duplicateKeys,
                   boolean elementLines) {

    /** The YAML text could not be read: {@code line} is where in the file the reader gave up. */
    static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The line of a path, or of the nearest enclosing path that has one; 0 when none. */
    int lineOf(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? null : p.substring(0, dot);
        }
        return 0;
    }

    /** A whole number as the smallest node that holds it (int, long or big integer). */
    static JsonNode integerNode(long v) {
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    static JsonNode integerNode(BigInteger v) {
        return v.bitLength() < 64 ? integerNode(v.longValue()) : BigIntegerNode.valueOf(v);
    }

    /**
     * Reads {@code text}; {@code firstLine} is the file line of the text's first line (2 for front matter after
     * the opening {@code ---}). The full YAML reader ({@code yaml}, asked for only then) reads a text the plain
     * reader cannot.
     */
    static LocatedYaml parse(Supplier<JsonFactory> yaml, String text, int firstLine) throws SyntaxException {
        LocatedYaml plain = PlainYaml.tryRead(text, firstLine);
        return plain != null ? plain : parseFully(yaml.get(), text, firstLine);
    }

    /** Reads {@code text} with the full YAML reader (no fast path). */
    static LocatedYaml parseFully(JsonFactory yaml, String text, int firstLine) throws SyntaxException {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> duplicates = new HashMap<>();
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        int offset = firstLine - 1;
        try (JsonParser p = yaml.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new LocatedYaml(nodes.objectNode(), lines, duplicates, false);
            }
            boolean[] elementLines = new boolean[1];
            JsonNode root = read(p, t, "", 0, nodes, lines, duplicates, offset, elementLines);
            return new LocatedYaml(root, lines, duplicates, elementLines[0]);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m) {
                throw explain(m, offset);
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + offset;
            throw new SyntaxException(Math.max(line, firstLine), firstLineOf(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxException(firstLine, e.getMessage());
        }
    }

    /** Reads the value starting at token {@code t}; {@code line} is the line of its key or element (0 at the root). */
    private static JsonNode read(JsonParser p, JsonToken t, String path, int line, JsonNodeFactory nodes,
                                 Map<String, Integer> lines, Map<String, Integer> duplicates, int offset,
                                 boolean[] elementLines)
            throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int keyLine = p.currentTokenLocation().getLineNr() + offset;
                    JsonNode value = read(p, p.nextToken(), child, keyLine, nodes, lines, duplicates, offset,
                            elementLines);
                    if (o.has(name)) {
                        duplicates.putIfAbsent(child, keyLine);
                    } else {
                        lines.put(child, keyLine);
                        o.set(name, value);
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                JsonToken e;
                int i = 0;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    String child = path + "." + i;
                    int elementLine = p.currentTokenLocation().getLineNr() + offset;
                    if (elementLine != line && lines.putIfAbsent(child, elementLine) == null) {
                        elementLines[0] = true;
                    }
                    a.add(read(p, e, child, elementLine, nodes, lines, duplicates, offset, elementLines));
                    i++;
                }
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return integerNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonProcessingException("unexpected YAML token " + t, p.currentTokenLocation()) {
            };
        }
    }

    /** SnakeYAML's message in words a clerk can act on, at the line where the mistake starts. */
    private static SyntaxException explain(MarkedYAMLException m, int offset) {
        String context = m.getContext() == null ? "" : m.getContext();
        String problem = m.getProblem() == null ? "" : m.getProblem();
        int problemLine = m.getProblemMark() == null ? offset + 1 : m.getProblemMark().getLine() + 1 + offset;
        int contextLine = m.getContextMark() == null ? problemLine : m.getContextMark().getLine() + 1 + offset;
        if (context.contains("flow sequence")) {
            return new SyntaxException(contextLine, "这一行的方括号 [ 没有闭合：列表要以 ] 结束，各项之间用逗号分隔");
        }
        if (context.contains("flow mapping")) {
            return new SyntaxException(contextLine, "这一行的花括号 { 没有闭合：要以 } 结束，各项之间用逗号分隔");
        }
        if (context.contains("quoted scalar")) {
            return new SyntaxException(contextLine, "这一行的引号没有闭合");
        }
        if (problem.contains("(TAB)")) {
            return new SyntaxException(problemLine, "不能用 Tab 键缩进，请改用空格");
        }
        if (problem.contains("mapping values are not allowed")) {
            return new SyntaxException(problemLine, "这里不能出现“键: 值”：多半是这一行缩进不齐，或上一行的冒号后缺少空格");
        }
        if (problem.contains("found duplicate key")) {
            return new SyntaxException(problemLine, "这个键写了两次；每个键只能出现一次");
        }
        String text = (context.isEmpty() ? "" : context + ": ") + problem;
        return new SyntaxException(problemLine, text.isBlank() ? "YAML 无法读取" : text.strip());
    }

    private static String firstLineOf(String m) {
        String first = m == null ? "" : m.strip().split("\n", 2)[0].strip();
        return first.isEmpty() ? "YAML 无法读取" : first;
    }
}
