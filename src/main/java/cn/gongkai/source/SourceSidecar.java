package cn.gongkai.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a source was published, from the JSON file saved beside it: {@code NAME.source.json} (or
 * {@code NAME.EXT.source.json}) with a {@code "url"} string, as a crawler or a person saving the page writes it.
 * The URL is the first word of that string (a note may follow it). A missing or unreadable file means no URL:
 * the sidecar is optional, and the report itself is still read.
 */
final class SourceSidecar {
    private static final JsonFactory JSON = new JsonFactory();

    private SourceSidecar() {
    }

    /** The sidecar files looked for, most specific first. */
    static List<Path> candidates(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return List.of(source.resolveSibling(name + ".source.json"), source.resolveSibling(base + ".source.json"));
    }

    /** The URL the sidecar gives, or null. */
    static String url(Path source) {
        for (Path p : candidates(source)) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(p.toFile())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.getCurrentName();
                    JsonToken value = parser.nextToken();
                    if ("url".equals(field) && value == JsonToken.VALUE_STRING) {
                        String url = parser.getText().strip().split("\\s+", 2)[0];
                        return url.isEmpty() ? null : url;
                    }
                    parser.skipChildren();
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
        return null;
    }
}
