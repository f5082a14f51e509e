package cn.gongkai.search;

import java.util.Arrays;

/**
 * Long keys (never 0) → dense int indexes 0, 1, 2, … in order of first insertion; open addressing, no boxing
 * (the index looks up every character of every distinct run).
 */
final class LongIntMap {
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private long[] byIndex = new long[1 << 10];
    private int size;

    /** The index of {@code key}, adding it with the next index if absent. */
    int indexOf(long key) {
        // small enough for C1 to inline: a key found costs one call (slot), not two
        int i = slot(key);
        return keys[i] == key ? values[i] : add(i, key);
    }

    /** Adds {@code key} at its empty slot {@code i}; returns its index. */
    private int add(int i, long key) {
        keys[i] = key;
        values[i] = size;
        if (size == byIndex.length) {
            byIndex = Arrays.copyOf(byIndex, size * 2);
        }
        byIndex[size] = key;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The index of {@code key}, or -1. */
    int get(long key) {
        int i = slot(key);
        return keys[i] == key ? values[i] : -1;
    }

    /** Where {@code key} is in the table, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != key && keys[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    long keyAt(int index) {
        return byIndex[index];
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }
}
