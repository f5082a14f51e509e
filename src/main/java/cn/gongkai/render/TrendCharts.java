package cn.gongkai.render;

import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.site.Headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

    /** One decimal, without a trailing ".0" (SVG coordinates). */
    static String fmt(double v) {
        return fmt(PageBuffer.text(8), v).text();
    }

    /**
     * The chart as inline SVG in a {@code <figure>}: title and description for screen readers, the axis, the
     * top grid line with its value, one polyline per run of years with numbers, and a dot, value and year per
     * year (hollow on the axis for {@code /} and 未知). Text is escaped.
     */
    static String svg(Views.TrendChart c) {
        PageBuffer sb = PageBuffer.text(1600);
        svg(sb, c);
        return sb.text();
    }

    private static final Markup FIGURE = Markup.of("<figure class=\"chart\">\n<svg viewBox=\"0 0 ");
    private static final Markup AXIS = Markup.of("</desc>\n<line class=\"axis\" x1=\"");
    private static final Markup GRID_X1 = Markup.of("\"/>\n<line class=\"grid\" x1=\"");
    private static final Markup Y1 = Markup.of("\" y1=\"");
    private static final Markup X2 = Markup.of("\" x2=\"");
    private static final Markup Y2 = Markup.of("\" y2=\"");
    private static final Markup TICK = Markup.of("\"/>\n<text class=\"tick\" x=\"");
    private static final Markup Y = Markup.of("\" y=\"");
    private static final Markup POLYLINE = Markup.of("<polyline class=\"line\" points=\"");
    private static final Markup DOT = Markup.of("<circle class=\"dot");
    private static final Markup CX = Markup.of("\" cx=\"");
    private static final Markup CY = Markup.of("\" cy=\"");
    private static final Markup VAL = Markup.of("\" r=\"3.5\"/><text class=\"val");
    private static final Markup X = Markup.of("\" x=\"");
    private static final Markup YEAR = Markup.of("</text><text class=\"year\" x=\"");
    private static final Markup TEXT_END = Markup.of("</text>\n");

    private static final Markup WIDTH_ATTR = Markup.of("\" width=\"");
    private static final Markup HEIGHT_ATTR = Markup.of("\" height=\"");
    private static final Markup LABELLED = Markup.of("\" role=\"img\" aria-labelledby=\"");
    private static final Markup T_D = Markup.of("-t ");
    private static final Markup D_END = Markup.of("-d\">\n<title id=\"");
    private static final Markup T_END = Markup.of("-t\">");
    private static final Markup DESC = Markup.of("）</title>\n<desc id=\"");
    private static final Markup D_START = Markup.of("-d\">");
    private static final Markup TAG_END = Markup.of("\">");
    private static final Markup ZERO_TICK = Markup.of("</text>\n<text class=\"tick\" x=\"");
    private static final Markup ZERO = Markup.of("\">0</text>\n");
    private static final Markup POINTS_END = Markup.of("\"/>\n");
    private static final Markup FIGCAPTION = Markup.of("</svg>\n<figcaption>");
    private static final Markup UNIT = Markup.of("<small>（");
    private static final Markup FIGURE_END = Markup.of("）</small></figcaption>\n</figure>\n");

    /** Appends {@link #fmt(double)} of {@code v}. */
    private static PageBuffer fmt(PageBuffer sb, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
        return sb;
    }

    /** Appends {@link #svg(Views.TrendChart)}. */
    static void svg(PageBuffer sb, Views.TrendChart c) {
        String id = Html.escape(c.id());
        FIGURE.appendTo(sb).append(c.width()).append(' ').append(c.height());
        WIDTH_ATTR.appendTo(sb).append(c.width());
        HEIGHT_ATTR.appendTo(sb).append(c.height());
        LABELLED.appendTo(sb).append(id);
        T_D.appendTo(sb).append(id);
        D_END.appendTo(sb).append(id);
        T_END.appendTo(sb);
        Html.escape(sb, c.title());
        sb.append('（');
        Html.escape(sb, c.unit());
        DESC.appendTo(sb).append(id);
        D_START.appendTo(sb);
        Html.escape(sb, c.summary());
        fmt(AXIS.appendTo(sb), c.plotLeft());
        fmt(Y1.appendTo(sb), c.plotBottom());
        fmt(X2.appendTo(sb), c.plotRight());
        fmt(Y2.appendTo(sb), c.plotBottom());
        fmt(GRID_X1.appendTo(sb), c.plotLeft());
        fmt(Y1.appendTo(sb), c.plotTop());
        fmt(X2.appendTo(sb), c.plotRight());
        fmt(Y2.appendTo(sb), c.plotTop());
        fmt(TICK.appendTo(sb), c.plotLeft() - 4);
        fmt(Y.appendTo(sb), c.plotTop() + 4);
        TAG_END.appendTo(sb);
        Html.escape(sb, c.maxLabel());
        fmt(ZERO_TICK.appendTo(sb), c.plotLeft() - 4);
        fmt(Y.appendTo(sb), c.plotBottom() + 4);
        ZERO.appendTo(sb);
        for (String seg : c.segments()) {
            POLYLINE.appendTo(sb).append(seg);
            POINTS_END.appendTo(sb);
        }
        for (Views.ChartPoint p : c.points()) {
            String kind = "num".equals(p.kind()) ? "" : " " + Html.escape(p.kind());
            DOT.appendTo(sb).append(kind);
            fmt(CX.appendTo(sb), p.x());
            fmt(CY.appendTo(sb), p.y());
            VAL.appendTo(sb).append(kind);
            fmt(X.appendTo(sb), p.x());
            fmt(Y.appendTo(sb), p.y() - 7);
            TAG_END.appendTo(sb);
            Html.escape(sb, p.value());
            fmt(YEAR.appendTo(sb), p.x());
            fmt(Y.appendTo(sb), c.height() - 10);
            TAG_END.appendTo(sb);
            Html.escape(sb, p.year());
            TEXT_END.appendTo(sb);
        }
        FIGCAPTION.appendTo(sb);
        Html.escape(sb, c.title());
        UNIT.appendTo(sb);
        Html.escape(sb, c.unit());
        FIGURE_END.appendTo(sb);
    }
}
