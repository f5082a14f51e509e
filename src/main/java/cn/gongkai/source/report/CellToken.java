package cn.gongkai.source.report;

import cn.gongkai.model.Cell;

/**
 * A value read from a table line: a number or a not-applicable mark, or (only from readers that know cell
 * boundaries) an empty cell, whose {@code cell} is null.
 */
record CellToken(Cell cell, String location, int lineIndex) {
    boolean isEmpty() {
        return cell == null;
    }
}
