package cn.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One table cell: a number, not applicable ({@code /}) or unknown. Never collapse these into 0.
 */
public sealed interface Cell permits Cell.Num, Cell.NotApplicable, Cell.Unknown {

    /** The single unknown cell: the table, row or cell is absent, cut off or unreadable. */
    Cell UNKNOWN = new Unknown();

    /** A number as stated in the report: a whole count, or a decimal for 万元 amounts. */
    record Num(BigDecimal value, String raw) implements Cell {
        public Num {
            Objects.requireNonNull(value, "value");
            if (value.scale() != 0) { // a whole number at scale 0 is already in its normal form
                value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
            }
            raw = raw == null ? value.toPlainString() : raw;
        }

        public boolean isWhole() {
            return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
        }

        // equals and hashCode written out, with the values a record's own would give: the record's are made by
        // an invokedynamic bootstrap at their first call, which spins ~17 method-handle classes in every build
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Num n && value.equals(n.value) && raw.equals(n.raw);
        }

        @Override
        public int hashCode() {
            return 31 * value.hashCode() + raw.hashCode();
        }
    }

    /**
     * The report says "nothing / not applicable": {@code /}, {@code —}, {@code 无}, or a blank cell in a table
     * that is otherwise present. {@code raw} keeps what was written ("" for a blank cell).
     */
    record NotApplicable(String raw) implements Cell {
        public NotApplicable {
            raw = raw == null ? "/" : raw;
        }
    }

    /** Unknown: nothing can be said with certainty. Use {@link #UNKNOWN}. */
    record Unknown() implements Cell {
    }

    /** A whole number; small numbers (the great majority of cells) are shared instances. */
    static Cell of(long value) {
        return value >= 0 && value < SharedCells.NUMBERS ? SharedCells.number((int) value)
                : new Num(BigDecimal.valueOf(value), null);
    }

    static Cell of(BigDecimal value) {
        return value.scale() == 0 && value.signum() >= 0 && value.compareTo(SharedCells.LIMIT) < 0
                ? SharedCells.number(value.intValue()) : new Num(value, null);
    }

    /** A number written as {@code raw}; shared when it is a small whole number written plainly. */
    static Cell of(BigDecimal value, String raw) {
        Cell shared = of(value);
        return shared.raw().equals(raw) ? shared : new Num(value, raw);
    }

    static Cell notApplicable() {
        return SharedCells.SLASH;
    }

    /** Not applicable as written ({@code /}, {@code —}, {@code 无}, blank…); the usual marks are shared instances. */
    static Cell notApplicable(String raw) {
        return SharedCells.notApplicable(raw);
    }

    default boolean isNumber() {
        return this instanceof Num;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /** The number, or null when this cell is not a number. */
    default BigDecimal numberOrNull() {
        return this instanceof Num n ? n.value() : null;
    }

    /** How the cell reads on a page: the number, {@code /}, or {@code ?} for unknown. */
    default String display() {
        if (this instanceof Num n) {
            return n.value().toPlainString();
        }
        if (this instanceof NotApplicable) {
            return "/";
        }
        return "?";
    }

    /** As written in the source (for the tidy CSV {@code raw} column); empty for unknown. */
    default String raw() {
        if (this instanceof Num n) {
            return n.raw();
        }
        if (this instanceof NotApplicable na) {
            return na.raw();
        }
        return "";
    }
}
