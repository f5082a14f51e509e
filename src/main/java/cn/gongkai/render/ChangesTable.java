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

    /** {@code own}: the township's reports with a year, oldest first; {@code root}: the page's way to the root. */
    ChangesTable(String root, List<Report> own) {
        this.root = root;
        this.own = own;
        int years = own.size();
        // One row per cell position, in the order first seen: the headline figures, then the report cells.
        Map<CellKey, ChangeRow> byKey = new LinkedHashMap<>();
        for (Headline h : Headline.values()) {
            ChangeRow row = new ChangeRow(h.label() + "（" + h.unit() + "）", true, years);
            for (int i = 0; i < years; i++) {
                row.values[i] = h.of(own.get(i));
            }
            byKey.put(new CellKey("headline", h.key(), ""), row);
        }
        for (int i = 0; i < years; i++) {
            for (TableCell c : own.get(i).cells()) {
                CellKey key = new CellKey(c.table(), c.row(), c.column());
                ChangeRow row = byKey.get(key);
                if (row == null) {
                    row = new ChangeRow(sectionOf(c.table()) + c.label(), false, years);
                    byKey.put(key, row);
                }
                row.values[i] = c.cell();
            }
        }
        List<ChangeRow> shown = new ArrayList<>(byKey.size());
        for (ChangeRow r : byKey.values()) {
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
    void appendHtml(StringBuilder sb) {
        sb.append("<div class=\"table-scroll scroll-changes\" role=\"region\" aria-label=\"").append(CAPTION)
                .append("\" tabindex=\"0\">\n<table id=\"changes\" class=\"data cells\">\n<caption>").append(CAPTION)
                .append("</caption>\n<thead>\n<tr><th scope=\"col\">项目");
        for (Report r : own) {
            sb.append("<th scope=\"col\"><a href=\"");
            Html.escape(sb, SitePaths.href(root, SitePaths.report(r.id())));
            sb.append("\">").append(r.year()).append("年</a>");
        }
        sb.append("\n</thead>\n<tbody>");
        int years = own.size();
        for (ChangeRow r : rows) {
            sb.append(r.headline ? "\n<tr><th scope=\"row\" class=\"headline\">" : "\n<tr><th scope=\"row\">");
            Html.escape(sb, r.label);
            Cell[] v = r.values;
            for (int i = 0; i < years; i++) {
                Cell c = v[i] == null ? Cell.UNKNOWN : v[i];
                if (c instanceof Cell.Num n) {
                    sb.append("<td>").append(n.value().toPlainString());
                    if (i > 0 && v[i - 1] instanceof Cell.Num b) {
                        sb.append(" <small>");
                        appendChange(sb, b.value(), n.value());
                        sb.append("</small>");
                    }
                } else {
                    GridHtml.cell(sb, GridCell.of(c));
                }
            }
        }
        sb.append("\n</tbody>\n</table>\n</div>\n");
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

    /**
     * Where a cell sits in the contract: table, row and column keys. These are constants, so their hashes are
     * cached; equals and hashCode are written out because a record's generated ones are slow without C2.
     */
    private record CellKey(String table, String row, String column) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CellKey k && table.equals(k.table) && row.equals(k.row) && column.equals(k.column);
        }

        @Override
        public int hashCode() {
            return (table.hashCode() * 31 + row.hashCode()) * 31 + column.hashCode();
        }
    }

    /** One row: its label and the cell of each year (null = the year lacks it). */
    private static final class ChangeRow {
        final String label;
        final boolean headline;
        final Cell[] values;

        ChangeRow(String label, boolean headline, int years) {
            this.label = label;
            this.headline = headline;
            this.values = new Cell[years];
        }
    }
}
