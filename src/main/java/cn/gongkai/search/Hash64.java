package cn.gongkai.search;

/**
 * A 64-bit hash (FNV-1a over UTF-16 units, then a mixing step) for naming the index's folders by what they were
 * made from: not cryptographic, only a change detector, and cheap where SHA-256 is slow.
 */
final class Hash64 {
    private static final long PRIME = 0x100000001b3L;
    private long h = 0xcbf29ce484222325L;

    Hash64 add(CharSequence s) {
        long x = h;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * PRIME;
        }
        h = (x ^ s.length()) * PRIME;
        return this;
    }

    Hash64 add(long v) {
        h = (h ^ v) * PRIME;
        h ^= h >>> 29;
        return this;
    }

    long value() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    /** The first 10 hex digits, as the index's file and folder names carry them. */
    String hex() {
        return String.format("%016x", value()).substring(0, 10);
    }

    static long of(CharSequence s) {
        return new Hash64().add(s).value();
    }
}
