package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A page's text cut into runs: maximal stretches of ASCII digits, and stretches of everything else that end
 * before a digit or just after a clause end ({@link SearchText#isBreak}: 。；！？：，). A text run may hold block
 * boundaries ({@link SearchText#BOUNDARY}, a space); a boundary between two digits is no run of its own: two digit
 * runs side by side (never so otherwise, digit runs being maximal) have one between them. Report pages are one
 * template filled in with numbers and names, so the non-digit runs (labels, clauses between figures) repeat
 * across thousands of pages and are stored once; a query without digits or inner clause ends lies inside one
 * non-digit run, a query of only digits inside one digit run, and any other query crosses a boundary between
 * runs, where the index keeps the text on either side.
 */
final class Runs {
    private Runs() {
    }

    /** A distinct run of text, shared by every page that has it; ids and pages are set when the index is built. */
    abstract static sealed class Run permits TextRun, DigitRun {
        final String text;
        /** {@link Hash64} of the text: a page's text hash is made of its runs' ones, not of its characters. */
        final long hash;
        int id = -1;
        final IntList pages = new IntList();
        /** The text's characters, to compare a stretch of a page's text with without making a string of it. */
        private final char[] chars;

        Run(String text) {
            this.text = text;
            this.hash = Hash64.of(text);
            this.chars = text.toCharArray();
        }

        /**
         * Whether {@code t[from, to)} is this run's text. A plain loop: a run is a clause of a few to a few dozen
         * characters, and under C1 Arrays.equals's range checks and calls cost more than comparing them.
         */
        final boolean sameText(char[] t, int from, int to) {
            char[] c = chars;
            if (c.length != to - from) {
                return false;
            }
            for (int k = 0, i = from; k < c.length; k++, i++) {
                if (c[k] != t[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Notes that page {@code p} has this run (pages are visited in increasing order). */
        final boolean addPage(int p) {
            if (pages.size() > 0 && pages.last() == p) {
                return false;
            }
            pages.add(p);
            return true;
        }
    }

    /** A stretch of characters other than ASCII digits, ending before a digit or after a clause end. */
    static final class TextRun extends Run {
        TextRun(String text) {
            super(text);
        }
    }

    /** A maximal stretch of ASCII digits. */
    static final class DigitRun extends Run {
        DigitRun(String text) {
            super(text);
        }
    }

    /**
     * Cuts {@code text} into runs, each looked up in (or added to) the shared tables, so a run repeated on
     * many pages is one object. The tables may be concurrent maps shared by threads.
     */
    static Run[] split(String text, Map<String, TextRun> textRuns, Map<String, DigitRun> digitRuns) {
        return split(text, textRuns, digitRuns, new Recent());
    }

    /**
     * Runs seen lately, found again without making a substring: text runs and digit strings of more than four digits
     * by a hash of their characters, digit strings of up to four digits by their value. Only a shortcut to the shared tables (every run in it
     * came from them), so it may be shared by threads and lose entries to races.
     */
    static final class Recent {
        /** Slots for text runs: a few times the distinct runs of a large site, so that few of them share one. */
        private static final int TEXT_SLOTS = 1 << 16;
        private static final int LONG_DIGIT_SLOTS = 1 << 12;
        final AtomicReferenceArray<TextRun> text = new AtomicReferenceArray<>(TEXT_SLOTS);
        final AtomicReferenceArray<DigitRun> digits = new AtomicReferenceArray<>(11_110);
        final AtomicReferenceArray<DigitRun> longDigits = new AtomicReferenceArray<>(LONG_DIGIT_SLOTS);

        /** The slot of a text run whose characters' {@code 31 × h + c} hash is {@code h}. */
        private static int textSlot(int h) {
            return (h ^ (h >>> 16)) & (TEXT_SLOTS - 1);
        }

        /** 0–9, 00–99 after them, and so on: strings of up to four digits, each length after the shorter. */
        private static int digitSlot(char[] s, int from, int to) {
            int v = 0;
            int base = 0;
            int span = 1;
            for (int i = from; i < to; i++) {
                v = v * 10 + (s[i] - '0');
                if (i > from) {
                    span *= 10;
                    base += span;
                }
            }
            return base + v;
        }
    }

    /**
     * As {@link #split(String, Map, Map)}, looking in {@code recent} first. The text is scanned as a char array
     * (String.charAt checks its index and coder on every call under C1).
     */
    static Run[] split(String text, Map<String, TextRun> textRuns, Map<String, DigitRun> digitRuns, Recent recent) {
        return split(text.toCharArray(), text.length(), textRuns, digitRuns, recent);
    }

    /** As {@link #split(String, Map, Map, Recent)}, of the text {@code t[0, n)}. */
    static Run[] split(char[] t, int n, Map<String, TextRun> textRuns, Map<String, DigitRun> digitRuns,
            Recent recent) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            boolean digits = isDigit(t[i]);
            if (!digits && t[i] == SearchText.BOUNDARY && i > 0 && i + 1 < n && isDigit(t[i - 1]) && isDigit(t[i + 1])) {
                // two figures in two cells: two digit runs side by side, the boundary between them implied
                i++;
                continue;
            }
            int j = i + 1;
            // the run's characters hashed as they are scanned (for its slot in recent)
            int h = t[i];
            if (digits) {
                while (j < n && isDigit(t[j])) {
                    h = 31 * h + t[j++];
                }
            } else if (!isBreak(t[i])) {
                while (j < n && !isDigit(t[j])) {
                    char c = t[j++];
                    h = 31 * h + c;
                    if (isBreak(c)) {
                        break;
                    }
                }
            }
            if (digits && j - i <= 4) {
                int slot = Recent.digitSlot(t, i, j);
                DigitRun r = recent.digits.get(slot);
                if (r == null) {
                    r = intern(digitRuns, new String(t, i, j - i), DigitRun::new);
                    recent.digits.set(slot, r);
                }
                out.add(r);
            } else if (digits) {
                int slot = (h ^ (h >>> 12)) & (Recent.LONG_DIGIT_SLOTS - 1);
                DigitRun r = recent.longDigits.get(slot);
                if (r == null || !r.sameText(t, i, j)) {
                    r = intern(digitRuns, new String(t, i, j - i), DigitRun::new);
                    recent.longDigits.set(slot, r);
                }
                out.add(r);
            } else {
                int slot = Recent.textSlot(h);
                TextRun r = recent.text.get(slot);
                if (r == null || !r.sameText(t, i, j)) {
                    r = intern(textRuns, new String(t, i, j - i), TextRun::new);
                    recent.text.set(slot, r);
                }
                out.add(r);
            }
            i = j;
        }
        return out.toArray(new Run[0]);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@link SearchText#isBreak}, with a test most characters (ASCII, Han) fail first; under 35 bytes of bytecode, so
     * C1 inlines it (the call to SearchText is made for 。 and full-width forms only).
     */
    private static boolean isBreak(char c) {
        return (c == '\u3002' || c >= '\uFF01') && SearchText.isBreak(c);
    }

    private static <R> R intern(Map<String, R> table, String s, Function<String, R> make) {
        R r = table.get(s);
        return r != null ? r : table.computeIfAbsent(s, make);
    }
}
