package cn.gongkai.content.generate;

import java.util.List;

/**
 * A township whose reports are to be written.
 *
 * @param region  its folder
 * @param kind    镇, 乡 or 街道
 * @param county  the county name used in the issuer and narrative, or null for a township without parents
 * @param issuer  as the reports write it, e.g. 金乡县卜集镇人民政府
 * @param years   the report years, ascending
 * @param portal  the county portal's name, e.g. 中国·金乡
 * @param url     the county portal's address
 * @param phone   the contact telephone number
 * @param seed    seed of this township's own random stream, so townships can be written in any order
 */
record PlannedTownship(PlannedRegion region, TownshipKind kind, String county, String issuer, List<Integer> years,
                       String portal, String url, String phone, long seed) {

    PlannedTownship {
        years = List.copyOf(years);
    }

    /** The township's own name, e.g. 卜集镇. */
    String name() {
        return region.name();
    }
}
