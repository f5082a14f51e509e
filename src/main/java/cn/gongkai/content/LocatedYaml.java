package cn.gongkai.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a tree together with the line of every key and list element, so that each problem
 * can name its line. Paths are dotted: {@code applications.granted} for a key, {@code applications.granted.3}
 * for the fourth element of a list.
 *
 * @param root           the document (an empty object for an empty document)
 * @param lines          path to 1-based line in the file
 * @param duplicateKeys  path to line of every key written twice in the same mapping
 */
record LocatedYaml(JsonNode root, Map<String, Integer> lines, Map<String, Integer> duplicateKeys) {

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

    /**
     * Reads {@code text}; {@code firstLine} is the file line of the text's first line (2 for front matter after
     * the opening {@code ---}).
     */
    static LocatedYaml parse(JsonFactory yaml, String text, int firstLine) throws SyntaxException {
        LocatedYaml plain = PlainYaml.tryRead(text, firstLine);
        return plain != null ? plain : parseFully(yaml, text, firstLine);
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
                return new LocatedYaml(nodes.objectNode(), lines, duplicates);
            }
            JsonNode root = read(p, t, "", nodes, lines, duplicates, offset);
            return new LocatedYaml(root, lines, duplicates);
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

    private static JsonNode read(JsonParser p, JsonToken t, String path, JsonNodeFactory nodes,
                                 Map<String, Integer> lines, Map<String, Integer> duplicates, int offset)
            throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int line = p.currentTokenLocation().getLineNr() + offset;
                    JsonNode value = read(p, p.nextToken(), child, nodes, lines, duplicates, offset);
                    if (o.has(name)) {
                        duplicates.putIfAbsent(child, line);
                    } else {
                        lines.put(child, line);
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
                    lines.putIfAbsent(child, p.currentTokenLocation().getLineNr() + offset);
                    a.add(read(p, e, child, nodes, lines, duplicates, offset));
                    i++;
                }
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(p.getBigIntegerValue());
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
