package cn.gongkai.check;

import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

/**
 * How much narrative text two reports share: both texts are normalised (only letters and CJK characters are
 * kept, so spacing, punctuation, page breaks and changed numbers such as the year do not count) and cut into
 * overlapping runs of {@value #N} characters (shingles). Each run is packed exactly into one {@code long}
 * (four UTF-16 units of 16 bits), so comparisons are exact; the set is a flat hash table, so building and
 * comparing are linear in the text's length.
 */
public final class TextReuse {
    /** Shingle length in characters. */
    public static final int N = 4;

    /** Open-addressing hash set of the distinct shingles; 0 marks an empty slot (no shingle is 0). */
    private final long[] table;
    private final int size;

    private TextReuse(long[] table, int size) {
        this.table = table;
        this.size = size;
    }

    /** The distinct shingles of a text (none for a text shorter than {@value #N} letters). */
    public static TextReuse of(String text) {
        Shingler s = new Shingler(text == null ? 0 : text.length());
        s.add(text);
        return s.done();
    }

    /**
     * The distinct shingles of a report's six parts, as {@code of(r.sections().joined())} gives them (the line
     * breaks that join the parts are not letters), without joining them.
     */
    public static TextReuse of(Report r) {
        Sections sections = r.sections();
        int len = 0;
        for (Section s : Section.values()) {
            String t = sections.get(s);
            len += t == null ? 0 : t.length();
        }
        Shingler shingler = new Shingler(len);
        for (Section s : Section.values()) {
            shingler.add(sections.get(s));
        }
        return shingler.done();
    }

    /** Reads letters one by one; each letter from the {@value #N}th on completes a shingle (the last N letters). */
    private static final class Shingler {
        final long[] table;
        long window;
        int letters;
        int distinct;

        /** {@code length}: at least the number of letters to come (the table always keeps empty slots). */
        Shingler(int length) {
            table = new long[Integer.highestOneBit(Math.max(8, length) * 2)];
        }

        void add(String text) {
            if (text == null) {
                return;
            }
            for (int i = 0, len = text.length(); i < len; i++) {
                char c = text.charAt(i);
                // CJK ideographs (U+4E00..U+9FEF, all letters) first: most of the text, without the table lookup.
                if (c >= '\u4E00' && c <= '\u9FEF' || (c < '\u4E00' || c > '\u9FEF') && Character.isLetter(c)) {
                    window = (window << 16) | c; // N = 4 letters of 16 bits fill the long exactly
                    if (++letters >= N && insert(table, window)) {
                        distinct++;
                    }
                }
            }
        }

        TextReuse done() {
            return new TextReuse(table, distinct);
        }
    }

    private static int slot(long[] table, long v) {
        int mask = table.length - 1;
        int i = (int) ((v * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (table[i] != 0 && table[i] != v) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static boolean insert(long[] table, long v) {
        int i = slot(table, v);
        if (table[i] == v) {
            return false;
        }
        table[i] = v;
        return true;
    }

    /** Number of distinct shingles. */
    public int size() {
        return size;
    }

    /** Shingles both texts have. */
    public int common(TextReuse other) {
        TextReuse small = size <= other.size ? this : other;
        TextReuse large = small == this ? other : this;
        int n = 0;
        for (long v : small.table) {
            if (v != 0 && large.table[slot(large.table, v)] == v) {
                n++;
            }
        }
        return n;
    }

    /** Jaccard similarity 0..1: shared shingles over all distinct shingles of both; 0 when both are empty. */
    public double jaccard(TextReuse other) {
        int common = common(other);
        int union = size() + other.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Share 0..1 of this (later) text's shingles that already occur in {@code previous}; 0 for an empty text. */
    public double reusedFrom(TextReuse previous) {
        return size() == 0 ? 0 : (double) common(previous) / size();
    }

    /** Share 0..1 of {@code cur}'s narrative text that also occurs in {@code prev} (the year-over-year figure). */
    public static double share(String prev, String cur) {
        return of(cur).reusedFrom(of(prev));
    }

    /** {@link #share(String, String)} over all six parts of two reports. */
    public static double share(Report prev, Report cur) {
        return of(cur).reusedFrom(of(prev));
    }

    /** Jaccard similarity 0..1 of two texts. */
    public static double similarity(String a, String b) {
        return of(a).jaccard(of(b));
    }
}
