package cn.gongkai.check;

import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

/**
 * How much narrative text two reports share: both texts are normalised (only letters and CJK characters are
 * kept, so spacing, punctuation, page breaks and changed numbers such as the year do not count) and cut into
 * overlapping runs of {@value #N} characters (shingles). Each run is packed exactly into one {@code long}
 * (four UTF-16 units of 16 bits), so comparisons are exact; the set is a flat hash table at most half full,
 * with the slots its shingles took listed in one array, so building and comparing are linear in the text's length.
 */
public final class TextReuse {
    /** Shingle length in characters. */
    public static final int N = 4;
    /** Spreads a shingle over the hash table's slots (the golden ratio's 64-bit fraction). */
    static final long MIX = 0x9E3779B97F4A7C15L;

    /** Open-addressing hash set of the distinct shingles; 0 marks an empty slot (no shingle is 0). */
    private final long[] table;
    /** How far to shift a mixed shingle to get its home slot (64 − log2 of the table's length). */
    private final int shift;
    /** The slots of the distinct shingles in {@code table}, {@code size} of them, in the order they first occur. */
    private final int[] distinct;
    private final int size;

    private TextReuse(long[] table, int shift, int[] distinct, int size) {
        this.table = table;
        this.shift = shift;
        this.distinct = distinct;
        this.size = size;
    }

    /** The distinct shingles of a text (none for a text shorter than {@value #N} letters). */
    public static TextReuse of(String text) {
        Shingler s = new Shingler(text == null ? 0 : text.length());
        if (text != null) {
            s.add(text.toCharArray(), text.length());
        }
        return s.done();
    }

    /**
     * The distinct shingles of a report's six parts, as {@code of(r.sections().joined())} gives them (the line
     * breaks that join the parts are not letters), without joining them. ({@link GroupShingles} counts those of an
     * issuer's reports, year after year, in {@link Checker#checkAll}.)
     */
    public static TextReuse of(Report r) {
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
        Shingler shingler = new Shingler(len);
        char[] buffer = new char[longest];
        for (Section s : Section.values()) {
            String t = sections.get(s);
            if (t != null) {
                t.getChars(0, t.length(), buffer, 0);
                shingler.add(buffer, t.length());
            }
        }
        return shingler.done();
    }

    /** Whether {@code c} is a letter of a shingle: a CJK ideograph (most of the text, tested first) or another letter. */
    static boolean isLetter(char c) {
        return (char) (c - '\u4E00') <= '\u9FEF' - '\u4E00' || isLetterBesidesCjk(c);
    }

    /**
     * True when {@code c}, not a CJK ideograph of U+4E00..U+9FEF (those are letters), is a letter as
     * {@link Character#isLetter(char)} says: ASCII, the CJK punctuation of U+3000..U+303F, the general punctuation of
     * U+2000..U+206F and the full-width punctuation and digits of U+FF00..U+FF20 (most of a report's other
     * characters) without its table look-up.
     */
    static boolean isLetterBesidesCjk(char c) {
        if (c < 128) {
            return (char) ((c | 0x20) - 'a') < 26;
        }
        if (c >= '\u3000' && c <= '\u303F') {
            // 々 〆, the kana repeat marks 〱..〵, 〻 〼
            return c == '\u3005' || c == '\u3006' || c >= '\u3031' && c <= '\u3035' || c == '\u303B' || c == '\u303C';
        }
        if (c >= '\u2000' && c <= '\u206F' || c >= '\uFF00' && c <= '\uFF20') {
            return false;
        }
        return Character.isLetter(c);
    }

    /**
     * Reads letters one by one; each letter from the {@value #N}th on completes a shingle (the last N letters).
     * The text is read from a char array: {@code String.charAt} checks its index on every call.
     */
    private static final class Shingler {
        final long[] table;
        final int shift;
        final int[] distinct;
        long window;
        int letters;
        int size;

        /** {@code length}: at least the number of letters to come (the table stays at most half full). */
        Shingler(int length) {
            int slots = Integer.highestOneBit(Math.max(8, length)) * 4;
            table = new long[slots];
            distinct = new int[Math.max(0, length - N + 1)];
            shift = 64 - Integer.numberOfTrailingZeros(slots);
        }

        void add(char[] text, int length) {
            long[] t = table;
            int mask = t.length - 1;
            for (int i = 0; i < length; i++) {
                char c = text[i];
                if (isLetter(c)) {
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
                        }
                    }
                }
            }
        }

        TextReuse done() {
            return new TextReuse(table, shift, distinct, size);
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
        return jaccard(size(), other.size(), common);
    }

    /** Jaccard similarity of two texts of {@code size} and {@code otherSize} distinct shingles, {@code common} shared. */
    static double jaccard(int size, int otherSize, int common) {
        int union = size + otherSize - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Share 0..1 of this (later) text's shingles that already occur in {@code previous}; 0 for an empty text. */
    public double reusedFrom(TextReuse previous) {
        return size() == 0 ? 0 : reusedFrom(common(previous));
    }

    /** {@link #reusedFrom(TextReuse)} when the {@code common} shingles are already known ({@link #common}). */
    double reusedFrom(int common) {
        return reusedFrom(size(), common);
    }

    /** Share of a text of {@code size} distinct shingles that its {@code common} ones shared with an earlier text are. */
    static double reusedFrom(int size, int common) {
        return size == 0 ? 0 : (double) common / size;
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
