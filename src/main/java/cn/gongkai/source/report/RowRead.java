package cn.gongkai.source.report;

import java.util.List;

/**
 * The values that followed one recognised row label (or, with a null target, values whose label could not be
 * recognised).
 *
 * @param target    the row, or null
 * @param labelText the label as read (normalised)
 * @param tokens    values and empty cells in reading order
 * @param exact     every token came from a line with known cell boundaries
 * @param cutOff    the source ends while this row is being read (nothing but its values follows)
 * @param location  where the label was
 */
record RowRead(RowTarget target, String labelText, List<CellToken> tokens, boolean exact, boolean cutOff,
               String location) {

    /** The values with empty cells dropped. */
    List<CellToken> values() {
        return tokens.stream().filter(t -> !t.isEmpty()).toList();
    }
}
