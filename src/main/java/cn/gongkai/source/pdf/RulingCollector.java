package cn.gongkai.source.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the straight horizontal and vertical lines drawn on one page: stroked line segments and
 * rectangles, and filled rectangles thin enough to be a line (WPS draws table borders that way). Also counts
 * the images drawn, to tell a scanned page from an empty one. One instance per page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle at most this thick is a line, not a shaded area. */
    private static final double MAX_LINE_THICKNESS = 2.5;
    /** Segments shorter than this are glyph parts or dots, not borders. */
    private static final double MIN_LENGTH = 3;
    private static final double AXIS_TOLERANCE = 0.8;

    private final PDRectangle crop;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private int images;

    RulingCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    /** Reads the page's content and returns its rulings, in top-down page coordinates. */
    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    int images() {
        return images;
    }

    /** Text is read by {@link GlyphCollector}; skipping it here saves decoding every glyph twice. */
    @Override
    public void showTextString(byte[] string) {
        // Borders only.
    }

    @Override
    public void showTextStrings(COSArray array) {
        // Borders only.
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(copy(p0), copy(p1), copy(p2), copy(p3), copy(p0)));
        subpaths.add(rect);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve ends the straight run: start a fresh subpath at its end point.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        for (List<Point2D> sub : subpaths) {
            for (int i = 1; i < sub.size(); i++) {
                addSegment(sub.get(i - 1), sub.get(i));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> sub : subpaths) {
            addThinBox(sub);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is ended by the following 'n'; clipping does not hide borders we care about.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are backgrounds, not borders.
    }

    private void addSegment(Point2D a, Point2D b) {
        double ax = x(a), ay = y(a), bx = x(b), by = y(b);
        if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (ay + by) / 2, ax, bx));
        } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (ax + bx) / 2, ay, by));
        }
    }

    private void addThinBox(List<Point2D> sub) {
        if (sub.size() < 4) {
            return;
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : sub) {
            minX = Math.min(minX, x(p));
            maxX = Math.max(maxX, x(p));
            minY = Math.min(minY, y(p));
            maxY = Math.max(maxY, y(p));
        }
        double w = maxX - minX, h = maxY - minY;
        if (h <= MAX_LINE_THICKNESS && w >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= MAX_LINE_THICKNESS && h >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    private double x(Point2D p) {
        return p.getX() - crop.getLowerLeftX();
    }

    private double y(Point2D p) {
        return crop.getUpperRightY() - p.getY();
    }

    private static Point2D copy(Point2D p) {
        return new Point2D.Double(p.getX(), p.getY());
    }
}
