package cn.gongkai.source.pdf;

/**
 * A straight horizontal or vertical line drawn on a page (a table border), in page coordinates with y growing
 * downwards. For a horizontal ruling {@code at} is its y and {@code from..to} its x extent; for a vertical one
 * {@code at} is its x and {@code from..to} its y extent.
 */
record Ruling(boolean horizontal, double at, double from, double to) {

    Ruling {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    double length() {
        return to - from;
    }

    /** True if this ruling covers the span {@code a..b} (up to {@code slack} at each end). */
    boolean covers(double a, double b, double slack) {
        return from <= a + slack && to >= b - slack;
    }
}
