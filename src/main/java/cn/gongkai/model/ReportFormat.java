package cn.gongkai.model;

/** Which national table layout a report follows: decided by its tables, not by its year. */
public enum ReportFormat {
    F2021("2021", "2021年格式（国办公开办函〔2021〕30号）"),
    F2019("2019", "2019年试行格式"),
    PRE2019("pre2019", "2019年以前的格式（仅文字）");

    private final String key;
    private final String label;

    ReportFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static ReportFormat fromKey(String key) {
        for (ReportFormat f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + key + "' (expected 2021, 2019 or pre2019)");
    }
}
