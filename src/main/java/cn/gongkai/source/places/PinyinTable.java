package cn.gongkai.source.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The toneless pinyin readings of the characters used in China's place names (every character of the province,
 * city, county and township names of the 2023 codes), most common reading first, from the bundled
 * {@code pinyin.tsv} (see the README beside it). Immutable once loaded.
 */
public final class PinyinTable {
    static final String RESOURCE = "pinyin.tsv";
    /** More spellings than this for one name are not tried (a name of many many-reading characters). */
    private static final int MAX_SPELLINGS = 64;

    private final Map<Integer, List<String>> readings;

    PinyinTable(Map<Integer, List<String>> readings) {
        this.readings = Map.copyOf(readings);
    }

    /** The bundled table. */
    public static PinyinTable load() {
        try (InputStream in = PinyinTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the pinyin table " + RESOURCE + " is missing from the program");
            }
            Map<Integer, List<String>> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                map.put(line.codePointAt(0), List.of(line.substring(tab + 1).split(" ")));
            }
            return new PinyinTable(map);
        } catch (IOException e) {
            throw new UncheckedIOException("the pinyin table " + RESOURCE + " cannot be read", e);
        }
    }

    /** The readings of a character, most common first; empty when the table does not have it. */
    public List<String> readings(int codePoint) {
        return readings.getOrDefault(codePoint, Collections.emptyList());
    }

    /** The most common reading, or null when the table does not have the character. */
    public String first(int codePoint) {
        List<String> r = readings(codePoint);
        return r.isEmpty() ? null : r.get(0);
    }

    /**
     * Every way the name can be spelled in toneless pinyin without spaces (榆阳 → [yuyang]; 长乐 → [changle,
     * changyue, …]), or empty when a character is not in the table. At most 64 spellings.
     */
    public List<String> spellings(String name) {
        List<String> out = List.of("");
        for (int cp : name.codePoints().toArray()) {
            List<String> r = readings(cp);
            if (r.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String reading : r) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(prefix + reading);
                    }
                }
            }
            out = next;
        }
        return out;
    }
}
