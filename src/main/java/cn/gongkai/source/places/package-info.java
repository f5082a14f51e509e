/**
 * Place data bundled with the program: China's provinces, prefecture-level cities and county-level divisions
 * with their 统计用区划代码 ({@link cn.gongkai.source.places.Gazetteer}), the pinyin of the characters used in
 * place names ({@link cn.gongkai.source.places.PinyinTable}), and what is made from them: the city and
 * province of a county a report names, the county of a government web domain
 * ({@link cn.gongkai.source.places.RegionResolver}), and pinyin folder names
 * ({@link cn.gongkai.source.places.PlaceSlugs}). The data files and where they come from are described in
 * {@code src/main/resources/cn/gongkai/source/places/README.md}.
 */
package cn.gongkai.source.places;
