package cn.gongkai.check;

import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

import java.util.List;

/**
 * The shingles ({@link TextReuse}) of an issuer's reports in year order, counted with one hash table for the whole
 * group: each distinct shingle of the group is kept once, with the last report it was found in. A shingle of report
 * {@code k} is then new to {@code k} when that report is not {@code k}, and shared with the report before when it was
 * {@code k − 1}; one look-up per shingle gives both. {@link #size(int)} and {@link #commonWithPrevious(int)} are what
 * {@code TextReuse.of(r).size()} and {@code TextReuse.of(r).common(TextReuse.of(previous))} give, without a set per
 * report and a second look-up of each shingle in the previous report's. One per core: the arrays are kept for the
 * next group, and emptied by clearing only the slots the group's shingles took.
 */
final class GroupShingles {
    /**
     * Open addressing, two longs a slot (the shingle and the group index of the last report it occurs in, side by
     * side in memory); a slot is addressed by the index of its first long. A shingle is never 0 (the last of its
     * four letters is not 0), so 0 marks an empty slot.
     */
    private long[] entries = new long[2 * 4096];
    /** How far to shift a mixed shingle to get its home slot (64 − log2 of the number of slots). */
    private int shift = 64 - 12;
    /**
     * The slots taken, in the order their shingles were first found: {@code taken} of them, at most a quarter (a
     * group of the 2,000 generated reports has ~2,750 distinct shingles, 4.5 reports of ~1,350, in 16,384 slots,
     * 256 KB: fewer collisions were worth more than a table half the size, measured).
     */
    private int[] used = new int[1024];
    private int taken;
    private char[] buffer = new char[1024];
    private int[] sizes = new int[8];
    private int[] commons = new int[8];

    /** Counts the shingles of {@code group}'s reports, in this order (the counts of an earlier group are dropped). */
    void count(List<Report> group) {
        long[] e = entries;
        int[] u = used;
        for (int i = 0, n = taken; i < n; i++) {
            e[u[i]] = 0; // empty again: only the slots the previous group's shingles took
        }
        taken = 0;
        if (sizes.length < group.size()) {
            sizes = new int[group.size()];
            commons = new int[group.size()];
        }
        for (int k = 0; k < group.size(); k++) {
            read(group.get(k).sections(), k);
        }
    }

    /** Distinct shingles of the {@code k}th report of the group last counted. */
    int size(int k) {
        return sizes[k];
    }

    /** Shingles the {@code k}th report shares with the one before it ({@code k} ≥ 1) in the group last counted. */
    int commonWithPrevious(int k) {
        return commons[k];
    }

    /**
     * Reads the {@code k}th report's six parts as one text (the line breaks that would join them are not letters,
     * so a shingle may run on from one part into the next, as in {@link TextReuse#of(Report)}).
     */
    private void read(Sections sections, int k) {
        long window = 0;
        int letters = 0;
        int size = 0;
        int common = 0;
        long last = k;
        long before = k - 1;
        for (Section part : Section.values()) {
            String t = sections.get(part);
            if (t == null) {
                continue;
            }
            int length = t.length();
            if (buffer.length < length) {
                buffer = new char[Math.max(length, 2 * buffer.length)];
            }
            char[] text = buffer;
            t.getChars(0, length, text, 0); // String.charAt checks its index on every call
            long[] e = entries;
            int mask = e.length - 1;
            int sh = shift;
            for (int i = 0; i < length; i++) {
                char c = text[i];
                if (TextReuse.isLetter(c)) {
                    long w = (window << 16) | c; // N = 4 letters of 16 bits fill the long exactly
                    window = w;
                    if (++letters >= TextReuse.N) {
                        int s = (int) ((w * TextReuse.MIX) >>> sh) << 1;
                        long v;
                        while ((v = e[s]) != 0 && v != w) {
                            s = (s + 2) & mask;
                        }
                        if (v == 0) {
                            e[s] = w;
                            e[s + 1] = last;
                            size++;
                            used[taken++] = s;
                            if (4 * taken > mask >> 1) { // more than a quarter of the slots taken: twice as many
                                grow();
                                e = entries;
                                mask = e.length - 1;
                                sh = shift;
                            }
                        } else if (e[s + 1] != last) {
                            size++;
                            if (e[s + 1] == before) {
                                common++;
                            }
                            e[s + 1] = last;
                        }
                    }
                }
            }
        }
        sizes[k] = size;
        commons[k] = common;
    }

    /** Twice the slots, the shingles put in again in the order they were found. */
    private void grow() {
        long[] old = entries;
        long[] e = new long[2 * old.length];
        int mask = e.length - 1;
        int sh = shift - 1;
        int[] u = used.length >= e.length / 8 ? used : java.util.Arrays.copyOf(used, e.length / 8);
        for (int i = 0; i < taken; i++) {
            long w = old[u[i]];
            int s = (int) ((w * TextReuse.MIX) >>> sh) << 1;
            while (e[s] != 0) {
                s = (s + 2) & mask;
            }
            e[s] = w;
            e[s + 1] = old[u[i] + 1];
            u[i] = s;
        }
        entries = e;
        shift = sh;
        used = u;
    }
}
