package cn.gongkai.model;

import java.math.BigDecimal;

/**
 * Shared instances of the cells that fill most tables: the whole numbers 0 to {@value #NUMBERS} − 1 and the
 * usual not-applicable marks. Cells are immutable values, so a table of 20,000 reports (four million cells)
 * holds references to these instead of a new cell each. Filled once when the class is loaded, never changed.
 */
final class SharedCells {
    static final int NUMBERS = 1024;
    static final BigDecimal LIMIT = BigDecimal.valueOf(NUMBERS);
    static final Cell SLASH = new Cell.NotApplicable("/");
    private static final Cell.NotApplicable[] MARKS = {(Cell.NotApplicable) SLASH, new Cell.NotApplicable("—"),
            new Cell.NotApplicable("无"), new Cell.NotApplicable(""), new Cell.NotApplicable("／")};
    private static final Cell.Num[] SMALL = new Cell.Num[NUMBERS];

    static {
        for (int i = 0; i < NUMBERS; i++) {
            SMALL[i] = new Cell.Num(BigDecimal.valueOf(i), null);
        }
    }

    private SharedCells() {
    }

    static Cell number(int value) {
        return SMALL[value];
    }

    static Cell notApplicable(String raw) {
        String r = raw == null ? "/" : raw;
        for (Cell.NotApplicable m : MARKS) {
            if (m.raw().equals(r)) {
                return m;
            }
        }
        return new Cell.NotApplicable(r);
    }
}
