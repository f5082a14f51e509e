package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the ruled tables on a page: each set of borders connected to one another that forms a grid. */
final class TableFinder {
    /** Borders this close (points) are the same border; WPS and LibreOffice both stay well within it. */
    static final double TOLERANCE = 2.0;

    private TableFinder() {
    }

    /** The tables drawn by the rulings, top to bottom. */
    static List<TableGrid> find(List<Ruling> rulings) {
        List<Ruling> merged = merge(rulings);
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(merged.get(i), merged.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(merged.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> group : groups) {
            long h = group.stream().filter(Ruling::horizontal).count();
            if (h < 2 || group.size() - h < 2) {
                continue;
            }
            TableGrid grid = TableGrid.of(group, TOLERANCE);
            if (grid != null) {
                tables.add(grid);
            }
        }
        tables.sort(Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    private static boolean touch(Ruling a, Ruling b) {
        double t = TOLERANCE;
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= t && a.from() <= b.to() + t && b.from() <= a.to() + t;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return v.at() >= h.from() - t && v.at() <= h.to() + t && h.at() >= v.from() - t && h.at() <= v.to() + t;
    }

    /** Joins collinear pieces of one border (a border drawn cell by cell) into one ruling. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::at)
                .thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 40; i--) {
                Ruling o = out.get(i);
                if (o.horizontal() == r.horizontal() && Math.abs(o.at() - r.at()) <= TOLERANCE / 2
                        && r.from() <= o.to() + TOLERANCE && o.from() <= r.to() + TOLERANCE) {
                    out.set(i, new Ruling(o.horizontal(), (o.at() + r.at()) / 2, Math.min(o.from(), r.from()),
                            Math.max(o.to(), r.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
