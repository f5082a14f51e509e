package cn.gongkai.search;

/**
 * One page as the index keeps it: where it is, its title, its facets and its text as a sequence of shared runs
 * (the text itself is not kept: it is the runs' texts one after another).
 */
record IndexedPage(String path, String title, Facets facets, Runs.Run[] runs) {
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Runs.Run r : runs) {
            sb.append(r.text);
        }
        return sb.toString();
    }
}
