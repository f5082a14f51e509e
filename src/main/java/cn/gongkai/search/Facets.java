package cn.gongkai.search;

/**
 * What the search page can filter a page by. Any part may be null (a page that belongs to no county, a county
 * page with no township, a page of no particular year).
 *
 * @param county   the county's name as shown, e.g. 金乡县
 * @param township the township's name as shown, e.g. 卜集镇
 * @param year     the report year, e.g. 2024
 */
public record Facets(String county, String township, Integer year) {
    public static final Facets NONE = new Facets(null, null, null);
}
