package cn.gongkai.model;

/**
 * Where the issuer sits. Any field may be null: a report that does not state its county has a null county,
 * and nothing may invent one. {@code code} is the 12-digit 统计用区划代码.
 */
public record Region(String province, String city, String county, String township, String code) {
    public static final Region NONE = new Region(null, null, null, null, null);

    /** The most specific name known, e.g. the township, or null. */
    public String mostSpecific() {
        if (township != null) {
            return township;
        }
        if (county != null) {
            return county;
        }
        if (city != null) {
            return city;
        }
        return province;
    }
}
