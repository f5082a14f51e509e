package cn.gongkai.content;

/**
 * One region folder of {@code content/}.
 *
 * @param path       slug path from the content root, e.g. {@code shandong/jining/jinxiang}; unique
 * @param parentPath path of the enclosing region folder, or null at the top
 * @param level      province, city, county or township
 * @param name       the official name, e.g. {@code 金乡县}
 * @param code       12-digit 统计用区划代码, or null
 * @param order      display order among siblings (then by name)
 * @param note       a remark shown on the region's page (e.g. why a level is missing), or null
 */
public record RegionInfo(String path, String parentPath, RegionLevel level, String name, String code, int order,
                         String note) {

    /** The last path segment. */
    public String slug() {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }
}
