package cn.gongkai.render;

import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.site.Headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays out the inline SVG trend charts of a region's headline figures, one small chart per figure. */
final class TrendCharts {
    static final int WIDTH = 300;
    static final int HEIGHT = 150;
    private static final double LEFT = 36;
    private static final double RIGHT = WIDTH - 14;
    private static final double TOP = 18;
    private static final double INSET = 18;
    private static final double BOTTOM = HEIGHT - 30;

    private TrendCharts() {
    }

    /** One chart per headline figure for reports sorted by year; none when fewer than two years. */
    static List<Views.TrendChart> of(List<Report> reports) {
        List<Report> withYear = reports.stream().filter(r -> r.year() != null).toList();
        List<Views.TrendChart> out = new ArrayList<>();
        if (withYear.size() < 2) {
            return out;
        }
        for (Headline h : Headline.values()) {
            List<Cell> cells = withYear.stream().map(h::of).toList();
            if (cells.stream().noneMatch(Cell::isNumber)) {
                continue;
            }
            out.add(chart(h, withYear, cells));
        }
        return out;
    }

    private static Views.TrendChart chart(Headline h, List<Report> reports, List<Cell> cells) {
        BigDecimal max = BigDecimal.ZERO;
        for (Cell c : cells) {
            if (c instanceof Cell.Num n && n.value().compareTo(max) > 0) {
                max = n.value();
            }
        }
        double top = max.signum() == 0 ? 1 : niceCeiling(max.doubleValue());
        int n = reports.size();
        List<Views.ChartPoint> points = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        StringBuilder seg = new StringBuilder();
        StringBuilder summary = new StringBuilder(h.label()).append("（").append(h.unit()).append("）：");
        for (int i = 0; i < n; i++) {
            // Points sit a little inside the axis so the first value label does not touch the 0 tick.
            double x = n == 1 ? (LEFT + RIGHT) / 2 : LEFT + INSET + (RIGHT - LEFT - 2 * INSET) * i / (n - 1);
            Cell c = cells.get(i);
            String year = String.valueOf(reports.get(i).year());
            String value = c.isNumber() ? c.display() : c.isUnknown() ? GridCell.UNKNOWN_TEXT : "/";
            summary.append(i == 0 ? "" : "，").append(year).append("年 ").append(value);
            if (c instanceof Cell.Num num) {
                double y = BOTTOM - (BOTTOM - TOP) * num.value().doubleValue() / top;
                points.add(new Views.ChartPoint(round(x), round(y), year, value, "num"));
                seg.append(seg.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            } else {
                points.add(new Views.ChartPoint(round(x), BOTTOM, year, value, c.isUnknown() ? "unknown" : "na"));
                if (seg.length() > 0) {
                    segments.add(seg.toString());
                    seg.setLength(0);
                }
            }
        }
        if (seg.length() > 0) {
            segments.add(seg.toString());
        }
        return new Views.TrendChart("trend-" + h.key(), h.label(), h.unit(), WIDTH, HEIGHT, TOP, BOTTOM, LEFT, RIGHT,
                plain(top), segments, points, summary.append('。').toString());
    }

    /** 1, 2, 5 × 10^k at or above v, so the axis reads in round numbers. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
