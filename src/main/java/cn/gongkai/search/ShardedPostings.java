package cn.gongkai.search;

import cn.gongkai.site.OutputSink;
import java.io.IOException;
import java.util.List;

/**
 * Postings of one kind (key → a flat JSON array of numbers or strings), written as a folder of shards: a key's
 * shard is {@code fnv1a(key) mod shards}, a JSON object key → array. A key whose postings alone exceed half a
 * shard gets its own file {@code <shard>-<i>.json} and its shard holds that name instead of the array, so a rare
 * key never shares a download with a frequent one and the manifest needs no list of frequent keys.
 */
final class ShardedPostings {
    private ShardedPostings() {
    }

    /** The number of shards for postings whose keys that stay in shards add up to {@code smallChars}. */
    static int shardCount(long smallChars, int targetShardChars) {
        return (int) Math.max(1, (smallChars + targetShardChars - 1) / targetShardChars);
    }

    /** The characters a key of {@code entryChars} adds to its shard (0 when it gets a file of its own). */
    static long shardShare(String key, long entryChars, int targetShardChars) {
        return entryChars > targetShardChars / 2 ? key.length() + 16 : key.length() + entryChars + 6;
    }

    /**
     * Writes shard {@code shard} of folder {@code dir}: {@code keys} in the order given (sorted), {@code entries}
     * their postings (comma-separated values, no brackets).
     */
    static void writeShard(OutputSink sink, String dir, int shard, List<String> keys, List<? extends CharSequence> entries,
            int targetShardChars) throws IOException {
        StringBuilder out = new StringBuilder("{");
        int big = 0;
        for (int i = 0; i < keys.size(); i++) {
            CharSequence e = entries.get(i);
            if (out.length() > 1) {
                out.append(',');
            }
            Json.string(out, keys.get(i));
            if (e.length() > targetShardChars / 2) {
                String name = shard + "-" + big++;
                StringBuilder file = new StringBuilder(e.length() + 3).append('[').append(e).append("]\n");
                sink.write(dir + "/" + name + ".json", file.toString());
                out.append(":\"").append(name).append('"');
            } else {
                out.append(":[").append(e).append(']');
            }
        }
        sink.write(dir + "/" + shard + ".json", out.append("}\n").toString());
    }

    /** FNV-1a over the key's code points (search.js computes the same). */
    static long fnv1a(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            h = (h ^ cp) * 0x01000193;
            i += Character.charCount(cp);
        }
        return Integer.toUnsignedLong(h);
    }

    static int shardOf(String key, int shards) {
        return (int) (fnv1a(key) % shards);
    }
}
