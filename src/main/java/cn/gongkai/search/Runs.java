package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page's text cut into runs: maximal stretches of ASCII digits, and stretches of everything else that end
 * before a digit or just after a clause end ({@link SearchText#isBreak}: 。；！？：，). Report pages are one
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
        int id = -1;
        final IntList pages = new IntList();

        Run(String text) {
            this.text = text;
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
        List<Run> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean digits = SearchText.isDigit(text.charAt(i));
            int j = i + 1;
            if (digits) {
                while (j < n && SearchText.isDigit(text.charAt(j))) {
                    j++;
                }
            } else if (!SearchText.isBreak(text.charAt(i))) {
                while (j < n && !SearchText.isDigit(text.charAt(j))) {
                    if (SearchText.isBreak(text.charAt(j++))) {
                        break;
                    }
                }
            }
            String s = text.substring(i, j);
            out.add(digits ? intern(digitRuns, s, DigitRun::new) : intern(textRuns, s, TextRun::new));
            i = j;
        }
        return out.toArray(new Run[0]);
    }

    private static <R> R intern(Map<String, R> table, String s, Function<String, R> make) {
        R r = table.get(s);
        return r != null ? r : table.computeIfAbsent(s, make);
    }
}
