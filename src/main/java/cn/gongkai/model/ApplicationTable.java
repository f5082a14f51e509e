package cn.gongkai.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Part 三: the application table. Holds every row of its format (25 rows in 2021, 23 in 2019), each of the
 * seven {@link ApplicantColumn}s. A row the source lost is a row of unknown cells.
 *
 * <p>The cells are kept in one array, row by row (rows by {@link ApplicationRow#ordinal()}, the slots of rows
 * outside the format empty): a portal of 20,000 reports holds 3.5 million of them.
 */
public final class ApplicationTable {
    private static final int COLUMNS = ApplicantColumn.values().length;

    private final ReportFormat format;
    private final Cell[] cells;

    private ApplicationTable(ReportFormat format, Cell[] cells) {
        this.format = format;
        this.cells = cells;
    }

    /** A table where every row given is set and every other row of the format is unknown. */
    public static ApplicationTable of(ReportFormat format, Map<ApplicationRow, List<Cell>> given) {
        if (format == ReportFormat.PRE2019) {
            throw new IllegalArgumentException("pre-2019 reports have no application table");
        }
        Cell[] cells = new Cell[ApplicationRow.values().length * COLUMNS];
        for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
            List<Cell> given1 = given.get(row);
            if (given1 == null) {
                Arrays.fill(cells, row.ordinal() * COLUMNS, (row.ordinal() + 1) * COLUMNS, Cell.UNKNOWN);
                continue;
            }
            if (given1.size() != COLUMNS) {
                throw new IllegalArgumentException("row " + row.key() + " has " + given1.size()
                        + " cells; the table has " + COLUMNS + " columns");
            }
            for (int i = 0; i < COLUMNS; i++) {
                cells[row.ordinal() * COLUMNS + i] = Objects.requireNonNull(given1.get(i), "cell");
            }
        }
        for (ApplicationRow row : given.keySet()) {
            if (cells[row.ordinal() * COLUMNS] == null) {
                throw new IllegalArgumentException("row " + row.key() + " is not part of the "
                        + format.key() + " format");
            }
        }
        return new ApplicationTable(format, cells);
    }

    public ReportFormat format() {
        return format;
    }

    /** The rows of this table's format, in table order. */
    public List<ApplicationRow> rows() {
        return ApplicationRow.rowsOf(format);
    }

    /** The seven cells of a row (an unmodifiable view). */
    public List<Cell> row(ApplicationRow row) {
        int start = start(row);
        return new RowView(cells, start);
    }

    public Cell cell(ApplicationRow row, ApplicantColumn column) {
        return cells[start(row) + column.ordinal()];
    }

    private int start(ApplicationRow row) {
        int start = row.ordinal() * COLUMNS;
        if (cells[start] == null) {
            throw new IllegalArgumentException("row " + row.key() + " is not part of the " + format.key() + " format");
        }
        return start;
    }

    /** True when no cell of the table is known. */
    public boolean isAllUnknown() {
        for (Cell c : cells) {
            if (c != null && !c.isUnknown()) {
                return false;
            }
        }
        return true;
    }

    /** Rows whose seven cells are all unknown. */
    public List<ApplicationRow> unknownRows() {
        List<ApplicationRow> out = new ArrayList<>();
        for (ApplicationRow r : rows()) {
            if (row(r).stream().allMatch(Cell::isUnknown)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationTable t && t.format == format && Arrays.equals(t.cells, cells);
    }

    @Override
    public int hashCode() {
        return format.hashCode() * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        Map<ApplicationRow, List<Cell>> rows = new LinkedHashMap<>();
        for (ApplicationRow r : rows()) {
            rows.put(r, row(r));
        }
        return "ApplicationTable[" + format.key() + ", " + rows + "]";
    }

    /** Seven cells of the shared array, read-only. */
    private static final class RowView extends AbstractList<Cell> implements RandomAccess {
        private final Cell[] cells;
        private final int start;

        RowView(Cell[] cells, int start) {
            this.cells = cells;
            this.start = start;
        }

        @Override
        public Cell get(int index) {
            return cells[start + checkIndex(index)];
        }

        private static int checkIndex(int index) {
            if (index < 0 || index >= COLUMNS) {
                throw new IndexOutOfBoundsException("column " + index + " of " + COLUMNS);
            }
            return index;
        }

        @Override
        public int size() {
            return COLUMNS;
        }
    }
}
