package cn.gongkai.source.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page-number lines ({@code -1-}, {@code - 6 -}, {@code — 2 —}, {@code 第 3 页}, {@code 3/6}), which
 * are layout, not content, and are dropped.
 */
final class PageNumbers {
    private static final Pattern DASHED = Pattern.compile("^[-－—–‐―~～_\\s]+[0-9０-９]{1,4}[-－—–‐―~～_\\s]+$");
    private static final Pattern WORDED = Pattern.compile(
            "^第\\s*[0-9０-９]{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$");
    private static final Pattern BARE = Pattern.compile("^[0-9０-９]{1,4}(\\s*/\\s*[0-9０-９]{1,4})?$");

    private PageNumbers() {
    }

    /** Removes the page-number lines from one page's blocks, in place. */
    static void drop(List<PageBlock> page) {
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isRow()) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        for (int i = page.size() - 1; i >= 0; i--) {
            PageBlock b = page.get(i);
            if (b.isRow()) {
                continue;
            }
            String t = b.prose().trim();
            boolean edge = (i == firstProse && i == 0) || (i == lastProse && i == page.size() - 1);
            if (DASHED.matcher(t).matches() || WORDED.matcher(t).matches() || (edge && BARE.matcher(t).matches())) {
                page.remove(i);
            }
        }
    }
}
