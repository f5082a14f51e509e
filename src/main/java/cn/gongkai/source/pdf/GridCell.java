package cn.gongkai.source.pdf;

/**
 * One cell of a ruled table: the grid rows {@code row0..row1} and columns {@code col0..col1} it covers
 * (inclusive; more than one where cells are merged), and its box on the page.
 */
record GridCell(int row0, int row1, int col0, int col1, double left, double top, double right, double bottom) {

    int rowSpan() {
        return row1 - row0 + 1;
    }
}
