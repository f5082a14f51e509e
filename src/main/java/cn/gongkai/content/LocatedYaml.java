package cn.gongkai.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + offset;
            throw new SyntaxException(Math.max(line, firstLine), cleanMessage(e.getOriginalMessage()));
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

    private static String cleanMessage(String m) {
        if (m == null) {
            return "YAML 无法读取";
        }
        // SnakeYAML messages span lines and repeat the snippet; the first line says what is wrong.
        String first = m.strip().split("\n", 2)[0].strip();
        return first.isEmpty() ? "YAML 无法读取" : first;
    }
}
