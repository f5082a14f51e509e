package cn.gongkai.render;

import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.TableCell;
import cn.gongkai.site.Headline;
import cn.gongkai.site.SitePaths;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A township's year-over-year table: every figure of its reports by year, each with its change from the previous
 * year. Rows whose every year is unknown are left out (the note under the table says so).
 *
 * <p>The largest table of a portal (some 200 rows of five years on each of hundreds of pages), so besides the
 * {@link Grid} a template draws, it writes its HTML straight from the cells: the same bytes as
 * {@link GridHtml} writes for {@link #grid()} (a test checks it), without a {@link GridCell} per cell.
 */
final class ChangesTable {
    static final String CAPTION = "各项数字逐年对比（括号内为与上一年相比的变化）";

    private final String root;
    private final List<Report> own;
    private final List<ChangeRow> rows;

    /**
     * {@code own}: the township's reports with a year, oldest first; {@code root}: the page's way to the root;
     * {@code layouts}: the build's rows of each shape of report.
     */
    ChangesTable(String root, List<Report> own, Layouts layouts) {
        this.root = root;
        this.own = own;
        int years = own.size();
        // One row per cell position, in the order first seen: the headline figures, then the report cells.
        Map<CellKey, ChangeRow> byKey = new LinkedHashMap<>();
        Headline[] headlines = Headline.values();
        List<ChangeRow> all = new ArrayList<>();
        for (int h = 0; h < headlines.length; h++) {
            ChangeRow row = new ChangeRow(HEADLINE_LABELS[h], HEADLINE_ROWS[h], true, years);
            for (int i = 0; i < years; i++) {
                row.values[i] = headlines[h].of(own.get(i));
            }
            byKey.put(HEADLINE_KEYS[h], row);
            all.add(row);
        }
        Cell[][] valuesOf = new Cell[years][];
        Layout[] layoutOf = new Layout[years];
        boolean laidOut = years > 0;
        for (int i = 0; i < years; i++) {
            valuesOf[i] = cellValues(own.get(i));
            layoutOf[i] = layouts.of(own.get(i), valuesOf[i]);
            laidOut &= layoutOf[i] != null && layoutOf[i].distinct;
        }
        if (laidOut) {
            // every year has a known shape (the usual case): the rows of this sequence of shapes are made once
            // per build, and each cell goes to its row without looking up its key
            Merged merged = layouts.merged(layoutOf);
            ChangeRow[] cellRows = new ChangeRow[merged.labels.length];
            for (int r = 0; r < cellRows.length; r++) {
                cellRows[r] = new ChangeRow(merged.labels[r], merged.rowHtml[r], false, years);
            }
            for (int i = 0; i < years; i++) {
                int[] rowOf = merged.rowOf[i];
                Cell[] values = valuesOf[i];
                for (int k = 0; k < values.length; k++) {
                    cellRows[rowOf[k]].values[i] = values[k];
                }
            }
            all.addAll(java.util.Arrays.asList(cellRows));
        }
        boolean oneLayout = laidOut;
        for (int i = 0; i < years && !oneLayout; i++) {
            Report r = own.get(i);
            Cell[] values = valuesOf[i];
            Layout layout = layoutOf[i];
            if (layout == null) {
                for (TableCell c : r.cells()) {
                    add(byKey, new CellKey(c.table(), c.row(), c.column()), sectionOf(c.table()) + c.label(), null,
                            years).values[i] = c.cell();
                }
            } else {
                for (int k = 0; k < values.length; k++) {
                    add(byKey, layout.keys[k], layout.labels[k], layout.rowHtml[k], years).values[i] = values[k];
                }
            }
        }
        List<ChangeRow> shown = new ArrayList<>(all.size());
        for (ChangeRow r : oneLayout ? all : byKey.values()) {
            boolean any = false;
            for (Cell c : r.values) {
                any |= c != null && !c.isUnknown();
            }
            if (any) {
                shown.add(r);
            }
        }
        this.rows = shown;
    }

    private static ChangeRow add(Map<CellKey, ChangeRow> byKey, CellKey key, String label, Markup rowHtml, int years) {
        ChangeRow row = byKey.get(key);
        if (row == null) {
            row = new ChangeRow(label, rowHtml, false, years);
            byKey.put(key, row);
        }
        return row;
    }

    private static final CellKey[] HEADLINE_KEYS;
    private static final String[] HEADLINE_LABELS;
    private static final Markup[] HEADLINE_ROWS;

    static {
        Headline[] hs = Headline.values();
        HEADLINE_KEYS = new CellKey[hs.length];
        HEADLINE_LABELS = new String[hs.length];
        HEADLINE_ROWS = new Markup[hs.length];
        for (int h = 0; h < hs.length; h++) {
            HEADLINE_KEYS[h] = new CellKey("headline", hs[h].key(), "");
            HEADLINE_LABELS[h] = hs[h].label() + "（" + hs[h].unit() + "）";
            HEADLINE_ROWS[h] = Markup.of(rowHtml(HEADLINE_LABELS[h], true));
        }
    }

    /** The start of a row: {@code <tr>} and its header cell with the label, as the grid writes them. */
    private static String rowHtml(String label, boolean headline) {
        StringBuilder sb = new StringBuilder(64);
        sb.append(headline ? "\n<tr><th scope=\"row\" class=\"headline\">" : "\n<tr><th scope=\"row\">");
        Html.escape(sb, label);
        return sb.toString();
    }

    /**
     * The report's cells in the order of {@link Report#cells()} (contract order), without their keys and labels:
     * Article 20 (2021 or 2019 format), applications row by row, review and litigation.
     */
    static Cell[] cellValues(Report r) {
        List<Cell> out = new ArrayList<>(256);
        if (r.art20() != null) {
            var a = r.art20();
            java.util.Collections.addAll(out, a.rules().made(), a.rules().repealed(), a.rules().inForce(),
                    a.normativeDocuments().made(), a.normativeDocuments().repealed(), a.normativeDocuments().inForce(),
                    a.licensingDecisions(), a.punishmentDecisions(), a.coercionDecisions(), a.feeIncome10kYuan());
        }
        if (r.art20Format2019() != null) {
            var a = r.art20Format2019();
            java.util.Collections.addAll(out, a.rules().newlyMade(), a.rules().newlyPublished(),
                    a.rules().totalPublished(), a.normativeDocuments().newlyMade(),
                    a.normativeDocuments().newlyPublished(), a.normativeDocuments().totalPublished());
            for (var i : List.of(a.licensing(), a.otherServices(), a.punishment(), a.coercion())) {
                java.util.Collections.addAll(out, i.prevYearItems(), i.change(), i.decisions());
            }
            java.util.Collections.addAll(out, a.fees().prevYearItems(), a.fees().change(),
                    a.procurement().procurementItems(), a.procurement().procurementAmount());
        }
        if (r.applications() != null) {
            var t = r.applications();
            for (var row : t.rows()) {
                for (var col : cn.gongkai.model.ApplicantColumn.values()) {
                    out.add(t.cell(row, col));
                }
            }
        }
        if (r.reviewLitigation() != null) {
            for (var g : cn.gongkai.model.ReviewGroup.values()) {
                for (var c : cn.gongkai.model.ReviewColumn.values()) {
                    out.add(r.reviewLitigation().group(g).cell(c));
                }
            }
        }
        return out.toArray(new Cell[0]);
    }

    /**
     * The rows of each shape of report (which tables it has, in which format), made once per build from the
     * first report of that shape: its cells' keys and labels and each row's start as HTML. Thread-safe.
     */
    static final class Layouts {
        /** By {@link #shape}: which tables a report has, in which format. */
        private final java.util.concurrent.atomic.AtomicReferenceArray<java.util.Optional<Layout>> byShape =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(
                        8 * (cn.gongkai.model.ReportFormat.values().length + 1));

        private final java.util.concurrent.ConcurrentHashMap<List<Layout>, Merged> merged =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** The rows of this sequence of layouts (each one {@link Layout#distinct}). */
        Merged merged(Layout[] sequence) {
            List<Layout> key = List.of(sequence);
            Merged m = merged.get(key);
            if (m == null) {
                m = new Merged(sequence);
                merged.putIfAbsent(key, m);
            }
            return m;
        }

        /** The layout of {@code r}'s shape, or null when {@code values} are not its cells in contract order. */
        Layout of(Report r, Cell[] values) {
            int shape = shape(r);
            java.util.Optional<Layout> layout = byShape.get(shape);
            if (layout == null) {
                layout = java.util.Optional.ofNullable(Layout.of(r.cells(), values));
                byShape.compareAndSet(shape, null, layout);
            }
            return layout.orElse(null);
        }

        /** The report's shape as a small number: which tables it has, the applications table's format. */
        static int shape(Report r) {
            int applications = r.applications() == null ? 0 : 1 + r.applications().format().ordinal();
            return (r.art20() != null ? 1 : 0) | (r.art20Format2019() != null ? 2 : 0)
                    | (r.reviewLitigation() != null ? 4 : 0) | applications << 3;
        }
    }

    /**
     * The rows of the report cells for one sequence of layouts (a township's years in order): every cell key in
     * the order first seen, with the label and row start of the layout that brought it, and for each year the row
     * of each of its cells. What the map of keys gives, made once per sequence.
     */
    private static final class Merged {
        final String[] labels;
        final Markup[] rowHtml;
        final int[][] rowOf;

        Merged(Layout[] sequence) {
            Map<CellKey, Integer> row = new java.util.HashMap<>();
            List<String> labelList = new ArrayList<>();
            List<Markup> rowList = new ArrayList<>();
            rowOf = new int[sequence.length][];
            for (int i = 0; i < sequence.length; i++) {
                Layout l = sequence[i];
                rowOf[i] = new int[l.keys.length];
                for (int k = 0; k < l.keys.length; k++) {
                    Integer r = row.get(l.keys[k]);
                    if (r == null) {
                        r = labelList.size();
                        row.put(l.keys[k], r);
                        labelList.add(l.labels[k]);
                        rowList.add(l.rowHtml[k]);
                    }
                    rowOf[i][k] = r;
                }
            }
            labels = labelList.toArray(new String[0]);
            rowHtml = rowList.toArray(new Markup[0]);
        }
    }


    /** Keys, labels and row starts of one shape's cells, in contract order. */
    private static final class Layout {
        final CellKey[] keys;
        final String[] labels;
        final Markup[] rowHtml;
        /** True when no two cells, and no cell and headline figure, have the same key (each is a row of its own). */
        final boolean distinct;

        private Layout(CellKey[] keys, String[] labels, Markup[] rowHtml) {
            this.keys = keys;
            this.labels = labels;
            this.rowHtml = rowHtml;
            java.util.Set<CellKey> seen = new java.util.HashSet<>(List.of(HEADLINE_KEYS));
            boolean unique = true;
            for (CellKey k : keys) {
                unique &= seen.add(k);
            }
            this.distinct = unique;
        }

        /** From a report's cells, when {@code values} are exactly their cells in order; else null. */
        static Layout of(List<TableCell> cells, Cell[] values) {
            if (cells.size() != values.length) {
                return null;
            }
            int n = values.length;
            CellKey[] keys = new CellKey[n];
            String[] labels = new String[n];
            Markup[] rows = new Markup[n];
            for (int k = 0; k < n; k++) {
                TableCell c = cells.get(k);
                if (!c.cell().equals(values[k])) {
                    return null;
                }
                keys[k] = new CellKey(c.table(), c.row(), c.column());
                labels[k] = sectionOf(c.table()) + c.label();
                rows[k] = Markup.of(rowHtml(labels[k], false));
            }
            return new Layout(keys, labels, rows);
        }
    }

    /** The table as cells, for templates. */
    Grid grid() {
        int years = own.size();
        List<GridCell> h = new ArrayList<>();
        h.add(GridCell.th("项目", "col"));
        List<String> cols = new ArrayList<>(List.of("label"));
        for (Report r : own) {
            h.add(GridCell.th(r.year() + "年", "col").withHref(SitePaths.href(root, SitePaths.report(r.id()))));
            cols.add("num");
        }
        List<List<GridCell>> body = new ArrayList<>(rows.size());
        for (ChangeRow r : rows) {
            Cell[] v = r.values;
            List<GridCell> row = new ArrayList<>(years + 1);
            row.add(GridCell.th(r.label, "row").withKind(r.headline ? "headline" : "label"));
            for (int i = 0; i < years; i++) {
                Cell c = v[i] == null ? Cell.UNKNOWN : v[i];
                row.add(i == 0 ? GridCell.of(c) : GridCell.of(c).withNote(change(v[i - 1], c)));
            }
            body.add(row);
        }
        return new Grid("changes", CAPTION, cols, List.of(h), body, List.of(), true);
    }

    /** Appends what {@link GridHtml} writes for {@link #grid()}. */
    void appendHtml(PageBuffer sb) {
        TABLE_START.appendTo(sb);
        for (Report r : own) {
            YEAR_START.appendTo(sb);
            Html.escape(sb, SitePaths.href(root, SitePaths.report(r.id())));
            sb.append("\">").append(r.year()).append("年</a>");
        }
        HEAD_END.appendTo(sb);
        int years = own.size();
        for (ChangeRow r : rows) {
            if (r.rowHtml != null) {
                sb.append(r.rowHtml);
            } else {
                sb.append(r.headline ? "\n<tr><th scope=\"row\" class=\"headline\">" : "\n<tr><th scope=\"row\">");
                Html.escape(sb, r.label);
            }
            Cell[] v = r.values;
            for (int i = 0; i < years; i++) {
                Cell c = v[i] == null ? Cell.UNKNOWN : v[i];
                if (c instanceof Cell.Num n) {
                    appendNumber(sb, n.value());
                    if (i > 0 && v[i - 1] instanceof Cell.Num b) {
                        appendChange(sb, b.value(), n.value());
                    }
                } else {
                    GridHtml.cell(sb, GridCell.of(c));
                }
            }
        }
        TABLE_END.appendTo(sb);
    }

    private static final Markup TABLE_START = Markup.of("<div class=\"table-scroll scroll-changes\" role=\"region\""
            + " aria-label=\"" + CAPTION + "\" tabindex=\"0\">\n<table id=\"changes\" class=\"data cells\">\n<caption>"
            + CAPTION + "</caption>\n<thead>\n<tr><th scope=\"col\">项目");
    private static final Markup YEAR_START = Markup.of("<th scope=\"col\"><a href=\"");
    private static final Markup HEAD_END = Markup.of("\n</thead>\n<tbody>");
    private static final Markup TABLE_END = Markup.of("\n</tbody>\n</table>\n</div>\n");

    /** {@code <small>} and the change from {@code before} to {@code now}, as {@link #change} writes it. */
    private static void appendChange(PageBuffer sb, BigDecimal before, BigDecimal now) {
        if (before.scale() == 0 && now.scale() == 0 && before.precision() < 18 && now.precision() < 18) {
            // whole numbers (nearly all figures): the difference without a BigDecimal
            long d = now.longValue() - before.longValue();
            if (d == 0) {
                NO_CHANGE.appendTo(sb);
            } else {
                (d > 0 ? SMALL_PLUS : SMALL_MINUS).appendTo(sb).append(Math.abs(d));
                SMALL_END.appendTo(sb);
            }
            return;
        }
        BigDecimal d = now.subtract(before);
        if (d.signum() == 0) {
            NO_CHANGE.appendTo(sb);
        } else {
            (d.signum() > 0 ? SMALL_PLUS : SMALL_MINUS).appendTo(sb).append(d.abs().toPlainString());
            SMALL_END.appendTo(sb);
        }
    }

    private static final Markup SMALL_PLUS = Markup.of(" <small>+");
    private static final Markup SMALL_MINUS = Markup.of(" <small>−");
    private static final Markup NO_CHANGE = Markup.of(" <small>±0</small>");
    private static final Markup SMALL_END = Markup.of("</small>");
    private static final Markup TD = Markup.of("<td>");
    /** {@code <td>0} … {@code <td>255}: most figures of a township are small whole numbers. */
    private static final Markup[] TD_SMALL = new Markup[256];

    static {
        for (int i = 0; i < TD_SMALL.length; i++) {
            TD_SMALL[i] = Markup.of("<td>" + i);
        }
    }

    /** {@code <td>} and the number as {@link BigDecimal#toPlainString()} writes it. */
    private static void appendNumber(PageBuffer sb, BigDecimal v) {
        if (v.scale() == 0 && v.signum() >= 0 && v.precision() <= 3 && v.intValue() < TD_SMALL.length) {
            TD_SMALL[v.intValue()].appendTo(sb);
        } else {
            TD.appendTo(sb).append(v.toPlainString());
        }
    }

    /** "+3", "−2", "±0", or null when either year has no number. */
    static String change(Cell before, Cell now) {
        if (!(before instanceof Cell.Num b) || !(now instanceof Cell.Num n)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(8);
        appendChange(sb, b.value(), n.value());
        return sb.toString();
    }

    private static void appendChange(StringBuilder sb, BigDecimal before, BigDecimal now) {
        BigDecimal d = now.subtract(before);
        int s = d.signum();
        if (s == 0) {
            sb.append("±0");
        } else {
            sb.append(s > 0 ? "+" : "−").append(d.abs().toPlainString());
        }
    }

    private static String sectionOf(String table) {
        return switch (table) {
            case "art20", "art20_2019" -> "表二：";
            case "applications" -> "表三：";
            case "review_litigation" -> "表四：";
            default -> "";
        };
    }

    /** Where a cell sits in the contract: table, row and column keys; the hash computed once. */
    private static final class CellKey {
        final String table;
        final String row;
        final String column;
        final int hash;

        CellKey(String table, String row, String column) {
            this.table = table;
            this.row = row;
            this.column = column;
            this.hash = (table.hashCode() * 31 + row.hashCode()) * 31 + column.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof CellKey k && hash == k.hash && table.equals(k.table) && row.equals(k.row)
                    && column.equals(k.column);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One row: its label and the cell of each year (null = the year lacks it). */
    private static final class ChangeRow {
        final String label;
        /** The row's start as HTML, or null to write it from the label. */
        final Markup rowHtml;
        final boolean headline;
        final Cell[] values;

        ChangeRow(String label, Markup rowHtml, boolean headline, int years) {
            this.label = label;
            this.rowHtml = rowHtml;
            this.headline = headline;
            this.values = new Cell[years];
        }
    }
}
