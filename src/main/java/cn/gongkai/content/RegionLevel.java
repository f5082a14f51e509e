package cn.gongkai.content;

/** The administrative level of a region folder. */
public enum RegionLevel {
    PROVINCE("province", "省"), CITY("city", "市"), COUNTY("county", "县（区）"), TOWNSHIP("township", "乡镇（街道）");

    private final String key;
    private final String label;

    RegionLevel(String key, String label) {
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
