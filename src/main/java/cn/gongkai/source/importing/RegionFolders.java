package cn.gongkai.source.importing;

import cn.gongkai.model.Region;
import cn.gongkai.source.places.Division;
import cn.gongkai.source.places.DivisionLevel;
import cn.gongkai.source.places.Gazetteer;
import cn.gongkai.source.places.PlaceSlugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds or creates the region folder of an imported report under the content folder. Each level the report
 * states (or the gazetteer completed) becomes a folder, reusing an existing folder whose {@code _region.yaml}
 * has that name; levels not known are skipped, never invented. When no level is known at all, the report goes
 * into a folder named from its issuer. New folders are named in pinyin ({@link PlaceSlugs}: 卜集镇 →
 * {@code buji-zhen}); a second, different name with the same pinyin under the same parent gets {@code -2},
 * {@code -3}, … in the order import meets them. A new province, city or county folder gets its 区划代码 when the
 * gazetteer has exactly one division of that name there. Not thread-safe: folders are made one report at a time.
 */
final class RegionFolders {
    private static final Pattern NAME = Pattern.compile("(?m)^name:\\s*\"?([^\"\\n#]+?)\"?\\s*(#.*)?$");
    private static final String[] LEVELS = {"province", "city", "county", "township"};
    private static final DivisionLevel[] DIVISION_LEVELS = {DivisionLevel.PROVINCE, DivisionLevel.CITY,
            DivisionLevel.COUNTY};

    private final PlaceSlugs slugs;
    private final Gazetteer gazetteer;

    RegionFolders(PlaceSlugs slugs, Gazetteer gazetteer) {
        this.slugs = slugs;
        this.gazetteer = gazetteer;
    }

    /** The folder for the report, created if needed; {@code created} collects new folders. */
    Path folderFor(Path root, Region region, String issuer, List<Path> created) throws IOException {
        String[] names = {region.province(), region.city(), region.county(), region.township()};
        Path dir = root;
        Division within = null;
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                continue;
            }
            any = true;
            String code = null;
            String slug;
            if (i < DIVISION_LEVELS.length) {
                Division d = division(names[i], DIVISION_LEVELS[i], within);
                within = d != null ? d : within;
                code = d == null ? null : d.code12();
                slug = slugs.division(names[i]);
            } else {
                code = region.code();
                slug = slugs.township(names[i]);
            }
            dir = child(dir, names[i], LEVELS[i], slug, code, null, created);
        }
        if (!any) {
            if (issuer == null) {
                throw new IOException("neither the region nor the issuer is known, so there is no folder to put "
                        + "the report in: pass --region-file");
            }
            String level = issuer.matches(".*(镇|乡|苏木|街道|办事处)(人民政府)?$") ? "township" : "county";
            dir = child(dir, issuer, level, slugs.name(issuer), null, "报告未说明所属地区；本文件夹以发文机关命名，级别按名称推定为 "
                    + level + "，请核对。", created);
        }
        return dir;
    }

    private Division division(String name, DivisionLevel level, Division within) {
        List<Division> found = gazetteer.named(name).stream().filter(d -> d.level() == level
                && (within == null || Gazetteer.within(d, within))).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private Path child(Path parent, String name, String level, String slug, String code, String note,
                       List<Path> created) throws IOException {
        if (Files.isDirectory(parent)) {
            try (Stream<Path> dirs = Files.list(parent)) {
                for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                    Path meta = d.resolve("_region.yaml");
                    if (Files.isRegularFile(meta)) {
                        Matcher m = NAME.matcher(Files.readString(meta, StandardCharsets.UTF_8));
                        if (m.find() && m.group(1).strip().equals(name)) {
                            return d;
                        }
                    }
                }
            }
        }
        Path dir = parent.resolve(slug);
        for (int n = 2; Files.exists(dir); n++) {
            dir = parent.resolve(slug + "-" + n); // the slug is another name's folder (or not a region folder)
        }
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("name: ").append(ContentFileWriter.str(name)).append('\n')
                .append("level: ").append(level).append('\n');
        if (code != null) {
            text.append("code: \"").append(code).append("\"\n");
        }
        String why = note != null ? note : code != null ? "由 gongkai import 建立：请核对名称与区划代码。"
                : "由 gongkai import 建立：请补上区划代码（code）。";
        text.append("note: ").append(ContentFileWriter.str(why)).append('\n');
        Files.writeString(dir.resolve("_region.yaml"), text.toString(), StandardCharsets.UTF_8);
        created.add(dir);
        return dir;
    }
}
