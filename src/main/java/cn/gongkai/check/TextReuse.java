package cn.gongkai.check;

import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

/**
 * How much narrative text two reports share: both texts are normalised (only letters and CJK characters are
 * kept, so spacing, punctuation, page breaks and changed numbers such as the year do not count) and cut into
 * overlapping runs of {@value #N} characters (shingles). Each run is packed exactly into one {@code long}
 * (four UTF-16 units of 16 bits), so comparisons are exact; the set is a flat hash table at most half full,
 * with the slots its shingles took listed in one array, so building, comparing and emptying it again are linear in
 * the text's length.
 */
public final class TextReuse {
    /** Shingle length in characters. */
    public static final int N = 4;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** Open-addressing hash set of the distinct shingles; 0 marks an empty slot (no shingle is 0). */
    private final long[] table;
    /** How far to shift a mixed shingle to get its home slot (64 − log2 of the table's length). */
    private final int shift;
    /** The slots of the distinct shingles in {@code table}, {@code size} of them, in the order they first occur. */
    private final int[] distinct;
    private final int size;
    /** The buffer the text was read through (kept for the next text of a group, see {@link #of(Report, TextReuse)}). */
    private final char[] chars;
    /** The shingles this text shares with the text it was read after ({@link #of(Report, TextReuse, TextReuse)}). */
    private final int commonWithPrevious;

    private TextReuse(long[] table, int shift, int[] distinct, int size, char[] chars, int commonWithPrevious) {
        this.table = table;
        this.shift = shift;
        this.distinct = distinct;
        this.size = size;
        this.chars = chars;
        this.commonWithPrevious = commonWithPrevious;
    }

    /** The distinct shingles of a text (none for a text shorter than {@value #N} letters). */
    public static TextReuse of(String text) {
        Shingler s = new Shingler(text == null ? 0 : text.length(), null, null);
        s.add(text);
        return s.done(null);
    }

    /**
     * The distinct shingles of a report's six parts, as {@code of(r.sections().joined())} gives them (the line
     * breaks that join the parts are not letters), without joining them.
     */
    public static TextReuse of(Report r) {
        return of(r, null);
    }

    /**
     * {@link #of(Report)}, in the arrays of {@code spare} when they are large enough: {@code spare} is not used
     * afterwards (the shingles of a group of reports are counted one after the other, two alive at a time).
     */
    static TextReuse of(Report r, TextReuse spare) {
        return of(r, spare, null);
    }

    /**
     * {@link #of(Report, TextReuse)}, also counting the shingles it shares with {@code previous} (not null: not
     * {@code spare}) as each distinct one is found: {@link #commonWithPrevious()} is then {@code common(previous)}
     * without a second pass over the shingles.
     */
    static TextReuse of(Report r, TextReuse spare, TextReuse previous) {
        Sections sections = r.sections();
        int len = 0;
        int longest = 0;
        for (Section s : Section.values()) {
            String t = sections.get(s);
            if (t != null) {
                len += t.length();
                longest = Math.max(longest, t.length());
            }
        }
        Shingler shingler = new Shingler(len, spare, previous);
        char[] buffer = spare != null && spare.chars != null && spare.chars.length >= longest ? spare.chars
                : new char[longest];
        for (Section s : Section.values()) {
            String t = sections.get(s);
            if (t != null) {
                t.getChars(0, t.length(), buffer, 0);
                shingler.add(buffer, t.length());
            }
        }
        return shingler.done(buffer);
    }

    /**
     * Reads letters one by one; each letter from the {@value #N}th on completes a shingle (the last N letters).
     * The text is read from a char array: {@code String.charAt} checks its index on every call.
     */
    private static final class Shingler {
        final long[] table;
        final int shift;
        final int[] distinct;
        /** The text whose shingles are counted as they are found, or null. */
        final TextReuse previous;
        long window;
        int letters;
        int size;
        int common;

        /**
         * {@code length}: at least the number of letters to come (the table stays at most half full); the arrays
         * of {@code spare} (may be null) are cleared and used when they are large enough.
         */
        Shingler(int length, TextReuse spare, TextReuse previous) {
            this.previous = previous;
            int slots = Integer.highestOneBit(Math.max(8, length)) * 4;
            int most = Math.max(0, length - N + 1);
            if (spare != null && spare.table.length >= slots && spare.table.length <= slots * 2
                    && spare.distinct.length >= most) {
                slots = spare.table.length;
                table = spare.table;
                distinct = spare.distinct;
                for (int i = 0, n = spare.size; i < n; i++) {
                    table[distinct[i]] = 0; // empty again: only the slots the spare's shingles took
                }
            } else {
                table = new long[slots];
                distinct = new int[most];
            }
            shift = 64 - Integer.numberOfTrailingZeros(slots);
        }

        void add(String text) {
            if (text != null) {
                add(text.toCharArray(), text.length());
            }
        }

        void add(char[] text, int length) {
            long[] t = table;
            int mask = t.length - 1;
            for (int i = 0; i < length; i++) {
                char c = text[i];
                // CJK ideographs (U+4E00..U+9FEF, all letters) first: most of the text; ASCII letters without the
                // table lookup; the rest as Character.isLetter says.
                if (c >= '\u4E00' && c <= '\u9FEF'
                        || (c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c))) {
                    long w = (window << 16) | c; // N = 4 letters of 16 bits fill the long exactly
                    window = w;
                    if (++letters >= N) {
                        int s = (int) ((w * MIX) >>> shift);
                        long v;
                        while ((v = t[s]) != 0 && v != w) {
                            s = (s + 1) & mask;
                        }
                        if (v == 0) {
                            t[s] = w;
                            distinct[size++] = s;
                            if (previous != null && previous.contains(w)) {
                                common++;
                            }
                        }
                    }
                }
            }
        }

        TextReuse done(char[] chars) {
            return new TextReuse(table, shift, distinct, size, chars, previous == null ? -1 : common);
        }
    }

    /** True when {@code v} (not 0) is one of this text's shingles. */
    private boolean contains(long v) {
        long[] t = table;
        int mask = t.length - 1;
        int s = (int) ((v * MIX) >>> shift);
        long x;
        while ((x = t[s]) != 0) {
            if (x == v) {
                return true;
            }
            s = (s + 1) & mask;
        }
        return false;
    }

    /** {@code common(previous)} for the {@code previous} this text was read after; -1 when there was none. */
    int commonWithPrevious() {
        return commonWithPrevious;
    }

    /** Number of distinct shingles. */
    public int size() {
        return size;
    }

    /** Shingles both texts have. */
    public int common(TextReuse other) {
        TextReuse small = size <= other.size ? this : other;
        TextReuse large = small == this ? other : this;
        int[] d = small.distinct;
        long[] t = small.table;
        int n = 0;
        for (int i = 0, k = small.size; i < k; i++) {
            if (large.contains(t[d[i]])) {
                n++;
            }
        }
        return n;
    }

    /** Jaccard similarity 0..1: shared shingles over all distinct shingles of both; 0 when both are empty. */
    public double jaccard(TextReuse other) {
        return jaccard(other, common(other));
    }

    /** {@link #jaccard(TextReuse)} when {@code common} is already known ({@link #common}). */
    double jaccard(TextReuse other, int common) {
        int union = size() + other.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Share 0..1 of this (later) text's shingles that already occur in {@code previous}; 0 for an empty text. */
    public double reusedFrom(TextReuse previous) {
        return size() == 0 ? 0 : reusedFrom(common(previous));
    }

    /** {@link #reusedFrom(TextReuse)} when the {@code common} shingles are already known ({@link #common}). */
    double reusedFrom(int common) {
        return size() == 0 ? 0 : (double) common / size();
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
