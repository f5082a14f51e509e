package cn.gongkai.source.places;

/**
 * One division of the bundled gazetteer.
 *
 * @param code  its 统计用区划代码 prefix: 2 digits (province), 4 (city) or 6 (county level)
 * @param name  the official name, e.g. 榆阳区, 抚远市, 平潭县
 * @param level province, city or county
 */
public record Division(String code, String name, DivisionLevel level) {

    /** The 12-digit 统计用区划代码 of the division itself, e.g. {@code 610802000000}. */
    public String code12() {
        return (code + "000000000000").substring(0, 12);
    }

    /** The code of the province it lies in. */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    /** The code of the prefecture-level city it lies in (may name no city in the data, e.g. under 北京市). */
    public String cityCode() {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }
}
