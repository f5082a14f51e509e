package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ruled table on one page: the x of its column borders, the y of its row borders, and its cells, merged
 * where a border is missing between grid cells.
 */
final class TableGrid {
    private final double[] xs;
    private final double[] ys;
    private final List<GridCell> cells;
    private final GridCell[][] cellAt;

    private TableGrid(double[] xs, double[] ys, List<GridCell> cells) {
        this.xs = xs;
        this.ys = ys;
        this.cells = cells;
        this.cellAt = new GridCell[ys.length - 1][xs.length - 1];
        for (GridCell c : cells) {
            for (int r = c.row0(); r <= c.row1(); r++) {
                for (int k = c.col0(); k <= c.col1(); k++) {
                    cellAt[r][k] = c;
                }
            }
        }
    }

    /**
     * The grid drawn by these rulings (one connected set of borders), or null if they do not make a table of
     * at least two cells.
     */
    static TableGrid of(List<Ruling> rulings, double tolerance) {
        List<Double> xList = new ArrayList<>();
        List<Double> yList = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal()) {
                yList.add(r.at());
                xList.add(r.from());
                xList.add(r.to());
            } else {
                xList.add(r.at());
                yList.add(r.from());
                yList.add(r.to());
            }
        }
        double[] xs = cluster(xList, tolerance);
        double[] ys = cluster(yList, tolerance);
        if (xs.length < 2 || ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !hasVertical(rulings, xs[c + 1], ys[r], ys[r + 1], tolerance)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !hasHorizontal(rulings, ys[r + 1], xs[c], xs[c + 1], tolerance)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] box = new int[parent.length][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] b = box[root];
                if (b == null) {
                    box[root] = new int[] {r, r, c, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.max(b[1], r);
                    b[2] = Math.min(b[2], c);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int[] b : box) {
            if (b != null) {
                cells.add(new GridCell(b[0], b[1], b[2], b[3], xs[b[2]], ys[b[0]], xs[b[3] + 1], ys[b[1] + 1]));
            }
        }
        if (cells.size() < 2) {
            return null;
        }
        cells.sort(Comparator.comparingInt(GridCell::row0).thenComparingInt(GridCell::col0));
        return new TableGrid(xs, ys, cells);
    }

    double left() {
        return xs[0];
    }

    double right() {
        return xs[xs.length - 1];
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    double rowTop(int row) {
        return ys[row];
    }

    int rowCount() {
        return ys.length - 1;
    }

    List<GridCell> cells() {
        return cells;
    }

    boolean contains(double x, double y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** The cell holding the point, which must lie inside the table. */
    GridCell cellAt(double x, double y) {
        return cellAt[index(ys, y)][index(xs, x)];
    }

    private static int index(double[] bounds, double v) {
        for (int i = 1; i < bounds.length - 1; i++) {
            if (v < bounds[i]) {
                return i - 1;
            }
        }
        return bounds.length - 2;
    }

    private static boolean hasVertical(List<Ruling> rulings, double x, double y0, double y1, double tol) {
        for (Ruling r : rulings) {
            if (!r.horizontal() && Math.abs(r.at() - x) <= tol && r.covers(y0, y1, tol)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHorizontal(List<Ruling> rulings, double y, double x0, double x1, double tol) {
        for (Ruling r : rulings) {
            if (r.horizontal() && Math.abs(r.at() - y) <= tol && r.covers(x0, x1, tol)) {
                return true;
            }
        }
        return false;
    }

    /** Sorted distinct values, merging values closer than the tolerance into their mean. */
    private static double[] cluster(List<Double> values, double tol) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        double last = Double.NaN;
        for (double v : sorted) {
            if (n > 0 && v - last > tol) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
            last = v;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
