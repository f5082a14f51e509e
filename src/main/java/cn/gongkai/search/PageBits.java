package cn.gongkai.search;

import java.util.Arrays;

/**
 * A set of page ids as plain 64-bit words (page p is bit {@code p & 63} of word {@code p >>> 6}; words past the
 * array's end count as empty), made into the page set form of the index ({@link #append}). Static methods on a
 * {@code long[]}: the index build makes hundreds of thousands of page sets, and C1 inlines none of
 * {@link java.util.BitSet}'s larger methods.
 */
final class PageBits {
    private PageBits() {
    }

    /**
     * Bit position by the top six bits of {@code lowest set bit × DE_BRUIJN}: a multiply and a load, where
     * Long.numberOfTrailingZeros is a call of Integer.numberOfTrailingZeros's bit tests under C1 (no intrinsic there).
     */
    private static final long DE_BRUIJN = 0x03f79d71b4ca8b09L;
    private static final byte[] LOWEST_BIT = new byte[64];

    static {
        for (int b = 0; b < 64; b++) {
            LOWEST_BIT[(int) (((1L << b) * DE_BRUIJN) >>> 58)] = (byte) b;
        }
    }

    /** The index of the lowest set bit of a non-zero word. */
    private static int lowestBit(long word) {
        return LOWEST_BIT[(int) (((word & -word) * DE_BRUIJN) >>> 58)];
    }

    /** Words for page ids {@code 0 … pages−1}, all clear. */
    static long[] of(int pages) {
        return new long[Math.max(1, (pages + 63) >>> 6)];
    }

    static void set(long[] words, int page) {
        words[page >>> 6] |= 1L << page;
    }

    /** Adds every page of a list. */
    static void setAll(long[] words, IntList pages) {
        for (int j = 0; j < pages.size(); j++) {
            set(words, pages.get(j));
        }
    }

    /** Adds the pages of {@code from} (no longer than {@code into}). */
    static void or(long[] into, long[] from) {
        for (int i = 0; i < from.length; i++) {
            into[i] |= from[i];
        }
    }

    static void clear(long[] words) {
        Arrays.fill(words, 0);
    }

    /** The first page at or after {@code from} in the set; −1 if none. */
    private static int nextSet(long[] words, int from) {
        int i = from >>> 6;
        if (i >= words.length) {
            return -1;
        }
        long word = words[i] & (-1L << from);
        while (word == 0) {
            if (++i == words.length) {
                return -1;
            }
            word = words[i];
        }
        return (i << 6) + lowestBit(word);
    }

    /** The first page at or after {@code from} not in the set. */
    private static int nextClear(long[] words, int from) {
        int i = from >>> 6;
        if (i >= words.length) {
            return from;
        }
        long word = ~words[i] & (-1L << from);
        while (word == 0) {
            if (++i == words.length) {
                return words.length << 6;
            }
            word = ~words[i];
        }
        return (i << 6) + lowestBit(word);
    }

    /**
     * Writes the set in whichever of two forms is shorter: {@code pairs × 2} then the pairs (pages skipped since the
     * last taken, pages taken) from page 0 — a few numbers for pages next to each other — or {@code chunks × 2 + 1}
     * then the set as a bitmap, 7 pages a number (page 7c + b is in the set when bit b of number c is set) — for
     * pages scattered all over.
     */
    static void append(ByteOut sb, long[] words) {
        // The set ends after its last page; the pairs are counted only while they might still be the shorter form
        // (their size only grows), so a scattered set is not walked stretch by stretch before its bitmap is written.
        int last = words.length - 1;
        while (last >= 0 && words[last] == 0) {
            last--;
        }
        int setEnd = last < 0 ? 0 : (last << 6) + 64 - Long.numberOfLeadingZeros(words[last]);
        int n = 0;
        long pairBytes = 0;
        int end = 0;
        for (int a = nextSet(words, 0); a >= 0; a = nextSet(words, end)) {
            int b = nextClear(words, a);
            n += 2;
            pairBytes += varintSize(a - end) + varintSize(b - a);
            end = b;
            if (bitmapIsShorter(setEnd, pairBytes)) {
                appendBitmap(sb, words, setEnd);
                return;
            }
        }
        sb.uint(n);
        end = 0;
        for (int a = nextSet(words, 0); a >= 0; a = nextSet(words, end)) {
            int b = nextClear(words, a);
            sb.uint(a - end).uint(b - a);
            end = b;
        }
    }

    /** Whether the bitmap of a set whose last page is {@code end − 1} is shorter than its pairs. */
    static boolean bitmapIsShorter(int end, long pairBytes) {
        return (end + 6) / 7 < pairBytes;
    }

    /** The bitmap form of the set ({@code chunks × 2 + 1}, then 7 pages a number), up to page {@code end − 1}. */
    static void appendBitmap(ByteOut sb, long[] words, int end) {
        int chunks = (end + 6) / 7;
        sb.uint(chunks * 2 + 1);
        // every number is under 0x80, one byte: written straight into the buffer
        byte[] out = sb.reserve(chunks);
        int at = sb.size() - chunks;
        for (int c = 0; c < chunks; c++) {
            int bit = c * 7;
            int w = bit >>> 6;
            int o = bit & 63;
            long v = words[w] >>> o;
            if (o > 57 && w + 1 < words.length) {
                v |= words[w + 1] << (64 - o);
            }
            out[at + c] = (byte) (v & 0x7F);
        }
    }

    static int varintSize(int v) {
        return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : 4;
    }
}
