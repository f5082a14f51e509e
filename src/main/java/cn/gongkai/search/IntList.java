package cn.gongkai.search;

import java.util.Arrays;

/** A growable list of ints (postings are millions of numbers; boxing them would double the build time). */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(8);
    }

    /** A list with room for {@code capacity} values before it grows. */
    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void set(int i, int v) {
        values[i] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The values in ascending order (a copy). */
    int[] sorted() {
        int[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        return out;
    }

    /** The array the values are in (the first {@link #size()} of it; not a copy). */
    int[] array() {
        return values;
    }

    int last() {
        return values[size - 1];
    }
}
