package cn.gongkai.search;

/**
 * One page as the index keeps it: where it is, its title, its facets, its text as a sequence of shared runs
 * (the text itself is not kept: it is the runs' texts one after another) and a 64-bit hash of the text.
 */
record IndexedPage(String path, String title, Facets facets, Runs.Run[] runs, long textHash) {
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Runs.Run r : runs) {
            sb.append(r.text);
        }
        return sb.toString();
    }
}
