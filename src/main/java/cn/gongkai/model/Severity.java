package cn.gongkai.model;

/** How serious a diagnostic is. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
