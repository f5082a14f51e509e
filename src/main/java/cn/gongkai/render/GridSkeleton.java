package cn.gongkai.render;

import cn.gongkai.model.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose layout never changes — the official forms: caption, headers and row labels are the same in every
 * report, only the data cells differ. The markup between the data cells is written once; a report's table is those
 * pieces with its data cells in between. Gives exactly what {@link GridHtml#render(Grid)} gives for any grid built
 * by the same layout code (a test checks it), without escaping and copying the labels cell by cell.
 */
public final class GridSkeleton {
    /** The markup before the first data cell, between data cells (each ends inside a {@code <td} tag), and after. */
    private final Markup[] pieces;

    private GridSkeleton(List<String> pieces) {
        this.pieces = pieces.stream().map(Markup::of).toArray(Markup[]::new);
    }

    /** The skeleton of {@code layout}, a grid as the layout code builds it (the data cells' values do not matter). */
    static GridSkeleton of(Grid layout) {
        List<String> pieces = new ArrayList<>();
        PageBuffer sb = PageBuffer.text(1024);
        GridHtml.render(sb, layout, () -> {
            pieces.add(sb.text());
            sb.clear();
        });
        pieces.add(sb.text());
        return new GridSkeleton(pieces);
    }

    /** True when {@code g} has as many data cells as this skeleton has places for. */
    boolean fits(Grid g) {
        return dataCells(g.head()) + dataCells(g.body()) + dataCells(g.foot()) == pieces.length - 1;
    }

    /** Appends {@code g}, which must come from the same layout code as this skeleton (see {@link #fits}). */
    void render(PageBuffer sb, Grid g) {
        pieces[0].appendTo(sb);
        int k = 1;
        k = fill(sb, g.head(), k);
        k = fill(sb, g.body(), k);
        fill(sb, g.foot(), k);
    }

    /** {@code >0} … {@code >255}, the end of a data cell's tag and its number: most figures are small. */
    private static final Markup[] SMALL = new Markup[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Markup.of(">" + i);
        }
    }

    /** Places for data cells. */
    int places() {
        return pieces.length - 1;
    }

    /**
     * Appends the table with these data cells, in the order the layout code adds them; the same as
     * {@link #render(PageBuffer, Grid)} for the grid whose data cells are {@code GridCell.of} of each.
     */
    void render(PageBuffer sb, Cell[] cells) {
        pieces[0].appendTo(sb);
        for (int k = 0; k < cells.length; k++) {
            if (cells[k] instanceof Cell.Num n) {
                java.math.BigDecimal v = n.value();
                if (v.scale() == 0 && v.signum() >= 0 && v.precision() <= 3 && v.intValue() < SMALL.length) {
                    SMALL[v.intValue()].appendTo(sb);
                } else {
                    sb.append('>').append(v.toPlainString());
                }
            } else {
                GridHtml.cellAfterSpans(sb, GridCell.of(cells[k]));
            }
            pieces[k + 1].appendTo(sb);
        }
    }

    private int fill(PageBuffer sb, List<List<GridCell>> rows, int k) {
        for (List<GridCell> row : rows) {
            for (GridCell c : row) {
                if (!c.header()) {
                    GridHtml.cellAfterSpans(sb, c);
                    pieces[k++].appendTo(sb);
                }
            }
        }
        return k;
    }

    private static int dataCells(List<List<GridCell>> rows) {
        int n = 0;
        for (List<GridCell> row : rows) {
            for (GridCell c : row) {
                n += c.header() ? 0 : 1;
            }
        }
        return n;
    }
}
