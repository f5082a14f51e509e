package cn.gongkai.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Part 三: the application table. Holds every row of its format (25 rows in 2021, 23 in 2019), each of the
 * seven {@link ApplicantColumn}s. A row the source lost is a row of unknown cells.
 */
public final class ApplicationTable {
    private final ReportFormat format;
    private final Map<ApplicationRow, List<Cell>> rows;

    private ApplicationTable(ReportFormat format, Map<ApplicationRow, List<Cell>> rows) {
        this.format = format;
        this.rows = rows;
    }

    /** A table where every row given is set and every other row of the format is unknown. */
    public static ApplicationTable of(ReportFormat format, Map<ApplicationRow, List<Cell>> given) {
        if (format == ReportFormat.PRE2019) {
            throw new IllegalArgumentException("pre-2019 reports have no application table");
        }
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
            List<Cell> cells = given.get(row);
            if (cells == null) {
                cells = Collections.nCopies(ApplicantColumn.values().length, Cell.UNKNOWN);
            }
            if (cells.size() != ApplicantColumn.values().length) {
                throw new IllegalArgumentException("row " + row.key() + " has " + cells.size()
                        + " cells; the table has " + ApplicantColumn.values().length + " columns");
            }
            rows.put(row, List.copyOf(cells));
        }
        for (ApplicationRow row : given.keySet()) {
            if (!rows.containsKey(row)) {
                throw new IllegalArgumentException("row " + row.key() + " is not part of the "
                        + format.key() + " format");
            }
        }
        return new ApplicationTable(format, Collections.unmodifiableMap(rows));
    }

    public ReportFormat format() {
        return format;
    }

    /** The rows of this table's format, in table order. */
    public List<ApplicationRow> rows() {
        return ApplicationRow.rowsOf(format);
    }

    public List<Cell> row(ApplicationRow row) {
        List<Cell> cells = rows.get(row);
        if (cells == null) {
            throw new IllegalArgumentException("row " + row.key() + " is not part of the " + format.key() + " format");
        }
        return cells;
    }

    public Cell cell(ApplicationRow row, ApplicantColumn column) {
        return row(row).get(column.ordinal());
    }

    /** True when no cell of the table is known. */
    public boolean isAllUnknown() {
        return rows.values().stream().flatMap(List::stream).allMatch(Cell::isUnknown);
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
        return o instanceof ApplicationTable t && t.format == format && t.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return format.hashCode() * 31 + rows.hashCode();
    }

    @Override
    public String toString() {
        return "ApplicationTable[" + format.key() + ", " + rows + "]";
    }
}
