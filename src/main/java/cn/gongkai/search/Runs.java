package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's text cut into runs: maximal stretches of ASCII digits and maximal stretches of everything else.
 * Report pages are one template filled in with numbers, so the non-digit runs (labels, sentences between
 * figures) repeat across thousands of pages and are stored once; a query without digits lies inside one
 * non-digit run, a query of only digits inside one digit run, and a query mixing both crosses a boundary
 * between runs, where the index keeps the text on either side.
 */
final class Runs {
    private Runs() {
    }

    /** One run of a page: its text and the code-point offset where it starts in the page text. */
    record Run(String text, boolean digits, int start) {
    }

    static List<Run> split(int[] cps) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            boolean digits = SearchText.isDigit(cps[i]);
            int j = i + 1;
            while (j < cps.length && SearchText.isDigit(cps[j]) == digits) {
                j++;
            }
            runs.add(new Run(new String(cps, i, j - i), digits, i));
            i = j;
        }
        return runs;
    }
}
