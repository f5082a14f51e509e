package cn.gongkai.source.pdf;

/**
 * The text of one table cell as it will be printed in its row's line. Mutable only while the reader joins a
 * cell that a page break cut in two.
 */
final class RowCell {
    private final GridCell cell;
    private final StringBuilder text;
    private final boolean lastLineFull;

    /**
     * @param lastLineFull true if the cell's last text line reaches its right border, so the text may go on
     *                     where the page break cut the cell
     */
    RowCell(GridCell cell, String text, boolean lastLineFull) {
        this.cell = cell;
        this.text = new StringBuilder(text);
        this.lastLineFull = lastLineFull;
    }

    GridCell cell() {
        return cell;
    }

    String text() {
        return text.toString();
    }

    boolean lastLineFull() {
        return lastLineFull;
    }

    void append(String more) {
        text.append(more);
    }

    boolean sameColumnsAs(RowCell other) {
        return Math.abs(cell.left() - other.cell.left()) <= 3 && Math.abs(cell.right() - other.cell.right()) <= 3;
    }
}
