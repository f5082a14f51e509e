package cn.gongkai.search;

import java.util.Arrays;

/**
 * A page's text being read out of its HTML, as a growable char array: the runs are cut straight from it
 * ({@link Runs#split(char[], int, java.util.Map, java.util.Map, Runs.Recent)}), where a StringBuilder's text
 * would be copied twice more (into a String, then out of it) and each append would go through its coder checks.
 */
final class TextBuffer {
    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** Appends {@code s[from, from + len)}. */
    void append(char[] s, int from, int len) {
        if (length + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
        }
        System.arraycopy(s, from, chars, length, len);
        length += len;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    int length() {
        return length;
    }

    /** Drops everything from {@code length} on. */
    void setLength(int length) {
        this.length = length;
    }

    /** The text so far: the first {@link #length()} chars of the array (not a copy). */
    char[] chars() {
        return chars;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
