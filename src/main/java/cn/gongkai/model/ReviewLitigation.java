package cn.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/** Part 四: the 15 cells of 行政复议 and 行政诉讼. */
public record ReviewLitigation(ReviewOutcome review, ReviewOutcome litigationDirect,
                               ReviewOutcome litigationAfterReview) {

    public ReviewLitigation {
        review = review == null ? ReviewOutcome.UNKNOWN : review;
        litigationDirect = litigationDirect == null ? ReviewOutcome.UNKNOWN : litigationDirect;
        litigationAfterReview = litigationAfterReview == null ? ReviewOutcome.UNKNOWN : litigationAfterReview;
    }

    /** The 15 cells in table order (复议 ×5, 直接起诉 ×5, 复议后起诉 ×5). */
    public static ReviewLitigation of(List<Cell> fifteen) {
        if (fifteen.size() != 15) {
            throw new IllegalArgumentException("part 四 has 15 cells, got " + fifteen.size());
        }
        return new ReviewLitigation(ReviewOutcome.of(fifteen.subList(0, 5)),
                ReviewOutcome.of(fifteen.subList(5, 10)), ReviewOutcome.of(fifteen.subList(10, 15)));
    }

    public ReviewOutcome group(ReviewGroup group) {
        return switch (group) {
            case REVIEW -> review;
            case LITIGATION_DIRECT -> litigationDirect;
            case LITIGATION_AFTER_REVIEW -> litigationAfterReview;
        };
    }

    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>(15);
        for (ReviewGroup g : ReviewGroup.values()) {
            out.addAll(group(g).cells());
        }
        return out;
    }
}
