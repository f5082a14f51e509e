package cn.gongkai.model;

import java.util.List;

/** One group of part 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
public record ReviewOutcome(Cell upheld, Cell corrected, Cell other, Cell pending, Cell total) {

    public static final ReviewOutcome UNKNOWN =
            new ReviewOutcome(Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN);

    public ReviewOutcome {
        upheld = orUnknown(upheld);
        corrected = orUnknown(corrected);
        other = orUnknown(other);
        pending = orUnknown(pending);
        total = orUnknown(total);
    }

    static Cell orUnknown(Cell c) {
        return c == null ? Cell.UNKNOWN : c;
    }

    /** Five cells in table order. */
    public static ReviewOutcome of(List<Cell> cells) {
        if (cells.size() != ReviewColumn.values().length) {
            throw new IllegalArgumentException("a review/litigation group has 5 cells, got " + cells.size());
        }
        return new ReviewOutcome(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4));
    }

    public Cell cell(ReviewColumn column) {
        return switch (column) {
            case UPHELD -> upheld;
            case CORRECTED -> corrected;
            case OTHER -> other;
            case PENDING -> pending;
            case TOTAL -> total;
        };
    }

    public List<Cell> cells() {
        return List.of(upheld, corrected, other, pending, total);
    }
}
