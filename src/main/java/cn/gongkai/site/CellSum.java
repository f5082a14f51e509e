package cn.gongkai.site;

import cn.gongkai.model.Cell;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The sum of one figure over several reports, honest about what it could not add: {@code unknown} counts
 * the reports whose cell is unknown (the sum is then a lower bound), {@code notApplicable} those that wrote
 * {@code /}. {@code numbers} is 0 when no report had a number (then there is no sum to show).
 */
public record CellSum(BigDecimal sum, int numbers, int notApplicable, int unknown) {

    public static CellSum of(Collection<Cell> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        int numbers = 0;
        int na = 0;
        int unknown = 0;
        for (Cell c : cells) {
            if (c instanceof Cell.Num n) {
                sum = sum.add(n.value());
                numbers++;
            } else if (c instanceof Cell.NotApplicable) {
                na++;
            } else {
                unknown++;
            }
        }
        return new CellSum(sum, numbers, na, unknown);
    }

    /** True when every report contributed a number or {@code /}: the sum is complete. */
    public boolean isComplete() {
        return unknown == 0;
    }
}
