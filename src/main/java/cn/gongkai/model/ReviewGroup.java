package cn.gongkai.model;

/** The three groups of part 四: 行政复议, and 行政诉讼 split into direct suits and suits after review. */
public enum ReviewGroup {
    REVIEW("review", "行政复议"),
    LITIGATION_DIRECT("litigation_direct", "行政诉讼：未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼：复议后起诉");

    private final String key;
    private final String label;

    ReviewGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
