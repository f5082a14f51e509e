package cn.gongkai.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Postings of one kind (key → a flat JSON array of numbers or strings), written as a folder of shards: a key's
 * shard is {@code fnv1a(key) mod shards}, a JSON object key → array. A key whose postings alone exceed half a
 * shard gets its own file {@code b<i>.json} and its shard holds the file's name instead of the array, so a rare
 * key never shares a download with a frequent one and the manifest needs no list of frequent keys.
 */
final class ShardedPostings {
    private final Map<String, StringBuilder> postings = new HashMap<>();

    /** The postings of {@code key}, to append to (comma-separated values, no brackets). */
    StringBuilder of(String key) {
        return postings.computeIfAbsent(key, k -> new StringBuilder());
    }

    /** Sets the postings of {@code key} (comma-separated values, no brackets). */
    void put(String key, StringBuilder values) {
        postings.put(key, values);
    }

    boolean isEmpty() {
        return postings.isEmpty();
    }

    /** The files of this kind (name within its folder → content) and the big keys, in file order. */
    record Files(Map<String, String> files, int shards) {
    }

    Files files(int targetShardChars) {
        Map<String, StringBuilder> sorted = new TreeMap<>(postings);
        List<String> big = new ArrayList<>();
        long small = 0;
        for (Map.Entry<String, StringBuilder> e : sorted.entrySet()) {
            if (e.getValue().length() > targetShardChars / 2) {
                big.add(e.getKey());
            } else {
                small += e.getKey().length() + e.getValue().length() + 6;
            }
        }
        int shards = (int) Math.max(1, (small + targetShardChars - 1) / targetShardChars);
        List<StringBuilder> out = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            out.add(new StringBuilder("{"));
        }
        Map<String, String> files = new TreeMap<>();
        int bigIndex = 0;
        for (Map.Entry<String, StringBuilder> e : sorted.entrySet()) {
            String key = e.getKey();
            StringBuilder shard = out.get((int) Long.remainderUnsigned(fnv1a(key), shards));
            if (shard.length() > 1) {
                shard.append(',');
            }
            Json.string(shard, key);
            if (bigIndex < big.size() && big.get(bigIndex).equals(key)) {
                String name = "b" + bigIndex;
                files.put(name + ".json", "[" + e.getValue() + "]\n");
                shard.append(":\"").append(name).append('"');
                bigIndex++;
            } else {
                shard.append(":[").append(e.getValue()).append(']');
            }
        }
        for (int s = 0; s < shards; s++) {
            files.put(s + ".json", out.get(s).append("}\n").toString());
        }
        return new Files(files, shards);
    }

    /** FNV-1a over the key's code points (search.js computes the same). */
    static long fnv1a(String key) {
        int h = 0x811c9dc5;
        for (int cp : key.codePoints().toArray()) {
            h = (h ^ cp) * 0x01000193;
        }
        return Integer.toUnsignedLong(h);
    }
}
