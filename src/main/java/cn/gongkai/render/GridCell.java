package cn.gongkai.render;

import cn.gongkai.model.Cell;

/**
 * One cell of a rendered table. {@code header} cells become {@code <th scope=…>}; {@code kind} is the CSS
 * class saying what the cell holds ({@code num}, {@code na}, {@code unknown}, {@code label}, {@code group},
 * {@code total}); {@code note} is a small second line (e.g. the change since the previous year); {@code title}
 * a tooltip; {@code href} makes the text a link.
 */
public record GridCell(String text, boolean header, String scope, int rowspan, int colspan, String kind,
                       String note, String title, String href) {

    static final String UNKNOWN_TEXT = "未知";
    static final String UNKNOWN_TITLE = "未知：报告未给出此项，或表格缺失、无法确定";

    public static GridCell th(String text, String scope) {
        return new GridCell(text, true, scope, 1, 1, "label", null, null, null);
    }

    public static GridCell th(String text, String scope, int rowspan, int colspan) {
        return new GridCell(text, true, scope, rowspan, colspan, "label", null, null, null);
    }

    public static GridCell td(String text, String kind) {
        return new GridCell(text, false, null, 1, 1, kind, null, null, null);
    }

    static final String SLASH_TITLE = "报告填写“/”：不适用或无，不是 0";

    /**
     * A table cell showing a report cell: the number, {@code /}, or 未知 — each styled differently (the page's
     * legend says what the styles mean). Only a {@code /} the report wrote otherwise (blank, —, 无) gets a
     * tooltip saying what was written; see {@link #explanation()} for places without a legend.
     */
    public static GridCell of(Cell cell) {
        if (cell instanceof Cell.Num n) {
            return new GridCell(n.value().toPlainString(), false, null, 1, 1, "num", null, null, null);
        }
        if (cell instanceof Cell.NotApplicable na) {
            String raw = na.raw();
            String title = raw.isEmpty() ? "报告中此格为空（表格其余部分存在）：按“/”处理，不是 0"
                    : "/".equals(raw) ? null : "报告填写“" + raw + "”：不适用或无，不是 0";
            return new GridCell("/", false, null, 1, 1, "na", null, title, null);
        }
        return new GridCell(UNKNOWN_TEXT, false, null, 1, 1, "unknown", null, null, null);
    }

    /** The tooltip for this cell where no legend explains it: its own title, else what {@code /} or 未知 mean. */
    public String explanation() {
        if (title != null) {
            return title;
        }
        return switch (kind) {
            case "na" -> SLASH_TITLE;
            case "unknown" -> UNKNOWN_TITLE;
            default -> null;
        };
    }

    public GridCell withNote(String n) {
        return new GridCell(text, header, scope, rowspan, colspan, kind, n, title, href);
    }

    public GridCell withHref(String h) {
        return new GridCell(text, header, scope, rowspan, colspan, kind, note, title, h);
    }

    public GridCell withKind(String k) {
        return new GridCell(text, header, scope, rowspan, colspan, k, note, title, href);
    }

    public GridCell withTitle(String t) {
        return new GridCell(text, header, scope, rowspan, colspan, kind, note, t, href);
    }

    public GridCell withSpan(int rows, int cols) {
        return new GridCell(text, header, scope, rows, cols, kind, note, title, href);
    }
}
