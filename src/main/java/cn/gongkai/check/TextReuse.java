package cn.gongkai.check;

import cn.gongkai.model.Report;

import java.util.Arrays;

/**
 * How much narrative text two reports share: both texts are normalised (only letters and CJK characters are
 * kept, so spacing, punctuation, page breaks and changed numbers such as the year do not count) and cut into
 * overlapping runs of {@value #N} characters (shingles). Each run is packed exactly into one {@code long}
 * (four UTF-16 units of 16 bits), so comparisons are exact and cheap.
 */
public final class TextReuse {
    /** Shingle length in characters. */
    public static final int N = 4;

    private final long[] shingles;

    private TextReuse(long[] shingles) {
        this.shingles = shingles;
    }

    /** The sorted distinct shingles of a text (empty for a text shorter than {@value #N} characters). */
    public static TextReuse of(String text) {
        StringBuilder sb = new StringBuilder(text == null ? 0 : text.length());
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    sb.append(c);
                }
            }
        }
        int count = Math.max(0, sb.length() - N + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long v = 0;
            for (int j = 0; j < N; j++) {
                v = (v << 16) | sb.charAt(i + j);
            }
            out[i] = v;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return new TextReuse(Arrays.copyOf(out, distinct));
    }

    /** Number of distinct shingles. */
    public int size() {
        return shingles.length;
    }

    /** Shingles both texts have. */
    public int common(TextReuse other) {
        int i = 0;
        int j = 0;
        int n = 0;
        long[] a = shingles;
        long[] b = other.shingles;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
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
        return share(prev.sections().joined(), cur.sections().joined());
    }

    /** Jaccard similarity 0..1 of two texts. */
    public static double similarity(String a, String b) {
        return of(a).jaccard(of(b));
    }
}
