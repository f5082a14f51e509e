package cn.gongkai.render;

import cn.gongkai.model.Cell;

/**
 * One of a report's official tables as its {@link GridSkeleton} (the form's fixed markup, written once per build)
 * and the report's data cells in the order the form has places for them. Writes the same HTML as the table's
 * {@link Grid} (a test checks it for every form), without laying out a {@link GridCell} per header and cell: the
 * report pages of the built-in theme use it, templates get the {@link Grid}.
 */
final class FormTable {
    private final GridSkeleton skeleton;
    private final Cell[] cells;

    private FormTable(GridSkeleton skeleton, Cell[] cells) {
        this.skeleton = skeleton;
        this.cells = cells;
    }

    /** The form with these cells (an array the caller hands over), or null when the skeleton has other places. */
    static FormTable of(GridSkeleton skeleton, Cell... cells) {
        return skeleton != null && cells.length == skeleton.places() ? new FormTable(skeleton, cells) : null;
    }

    void appendHtml(PageBuffer sb) {
        skeleton.render(sb, cells);
    }
}
