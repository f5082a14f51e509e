package cn.gongkai.source.importing;

import cn.gongkai.model.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * What the user tells import about sources that do not say it themselves: the year, the county, or a whole
 * region (a YAML file with {@code province}, {@code city}, {@code county}, {@code township}). Hints only fill
 * what the report leaves open; where the report states something else, the report wins and a warning says so.
 */
public record ImportHints(Integer year, String county, Region region) {
    private static final List<String> KEYS = List.of("province", "city", "county", "township");

    public static final ImportHints NONE = new ImportHints(null, null, null);

    /** Reads a region file; the message of the exception names the file and the problem. */
    public static Region readRegionFile(Path file) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + ": not a readable YAML region file (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
        if (n == null || !n.isObject()) {
            throw new IOException(file + ": a region file is a YAML mapping with province, city, county, township");
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!KEYS.contains(k)) {
                throw new IOException(file + ": unknown key '" + k + "' (expected " + String.join(", ", KEYS) + ")");
            }
        }
        return new Region(text(n, "province"), text(n, "city"), text(n, "county"), text(n, "township"), null);
    }

    private static String text(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
