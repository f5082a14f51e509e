package cn.gongkai.search;

import cn.gongkai.site.OutputSink;
import java.io.IOException;
import java.util.List;

/**
 * Postings of one kind (key → bytes), written as a folder of binary shards: a key's shard is
 * {@code fnv1a(key) mod shards}. A shard file {@code <shard>.bin} is: the number of keys; per key (in the order
 * given, sorted) the key as a string and {@code length × 2} for postings held in the shard, or {@code i × 2 + 1}
 * for postings in a file of their own {@code <shard>-<i>.bin}; then the held postings one after another. A key
 * whose postings alone exceed half a shard gets its own file, so a rare key never shares a download with a
 * frequent one and the manifest needs no list of frequent keys. Numbers and strings are {@link ByteOut}'s.
 */
final class ShardedPostings {
    private ShardedPostings() {
    }

    /** The number of shards for postings whose keys that stay in shards add up to {@code smallBytes}. */
    static int shardCount(long smallBytes, int targetShardBytes) {
        return (int) Math.max(1, (smallBytes + targetShardBytes - 1) / targetShardBytes);
    }

    /** The bytes a key of {@code entryBytes} adds to its shard (its name only when it gets a file of its own). */
    static long shardShare(String key, long entryBytes, int targetShardBytes) {
        return entryBytes > targetShardBytes / 2 ? key.length() * 3L + 3 : key.length() * 3L + entryBytes + 3;
    }

    /** Writes shard {@code shard} of folder {@code dir}: {@code keys} in the order given, {@code entries} theirs. */
    static void writeShard(OutputSink sink, String dir, int shard, List<String> keys, List<ByteOut> entries,
            int targetShardBytes) throws IOException {
        ByteOut head = new ByteOut(keys.size() * 12 + 8);
        head.uint(keys.size());
        int big = 0;
        int held = 0;
        for (int i = 0; i < keys.size(); i++) {
            ByteOut e = entries.get(i);
            head.string(keys.get(i));
            if (e.size() > targetShardBytes / 2) {
                sink.write(dir + "/" + shard + "-" + big + ".bin", e.toByteArray());
                head.uint(big++ * 2 + 1);
            } else {
                head.uint(e.size() * 2);
                held += e.size();
            }
        }
        ByteOut out = new ByteOut(head.size() + held);
        out.append(head);
        for (ByteOut e : entries) {
            if (e.size() <= targetShardBytes / 2) {
                out.append(e);
            }
        }
        sink.write(dir + "/" + shard + ".bin", out.finish());
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
