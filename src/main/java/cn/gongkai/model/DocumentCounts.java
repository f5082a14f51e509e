package cn.gongkai.model;

/** Article 20 item (一) in the 2021 format: 本年制发件数, 本年废止件数, 现行有效件数. */
public record DocumentCounts(Cell made, Cell repealed, Cell inForce) {
    public static final DocumentCounts UNKNOWN = new DocumentCounts(Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN);

    public DocumentCounts {
        made = ReviewOutcome.orUnknown(made);
        repealed = ReviewOutcome.orUnknown(repealed);
        inForce = ReviewOutcome.orUnknown(inForce);
    }
}
