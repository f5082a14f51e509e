package cn.gongkai.source.importing;

import cn.gongkai.model.Region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds or creates the region folder of an imported report under the content folder. Each level the report
 * (or a hint) states becomes a folder, reusing an existing folder whose {@code _region.yaml} has that name;
 * levels not stated are simply skipped, never invented. When no level is known at all, the report goes into a
 * folder named from its issuer. New folders get a slug made from the name's code points (the project has no
 * pinyin table), and a note asking the reviewer to rename it to pinyin and add the 区划代码.
 */
final class RegionFolders {
    private static final Pattern NAME = Pattern.compile("(?m)^name:\\s*\"?([^\"\\n#]+?)\"?\\s*(#.*)?$");
    private static final String[] LEVELS = {"province", "city", "county", "township"};

    /** The folder for the report, created if needed; {@code created} collects new folders. */
    Path folderFor(Path root, Region region, String issuer, List<Path> created) throws IOException {
        String[] names = {region.province(), region.city(), region.county(), region.township()};
        Path dir = root;
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                continue;
            }
            any = true;
            dir = child(dir, names[i], LEVELS[i], null, created);
        }
        if (!any) {
            if (issuer == null) {
                throw new IOException("neither the region nor the issuer is known, so there is no folder to put "
                        + "the report in: pass --region-file");
            }
            String level = issuer.matches(".*(镇|乡|苏木|街道|办事处)(人民政府)?$") ? "township" : "county";
            dir = child(dir, issuer, level, "报告未说明所属地区；本文件夹以发文机关命名，级别按名称推定为 " + level
                    + "，请核对并改为拼音文件夹名。", created);
        }
        return dir;
    }

    private Path child(Path parent, String name, String level, String note, List<Path> created) throws IOException {
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
        Path dir = parent.resolve(slug(name));
        Files.createDirectories(dir);
        Path meta = dir.resolve("_region.yaml");
        if (!Files.exists(meta)) {
            String text = "name: " + ContentFileWriter.str(name) + "\nlevel: " + level + "\nnote: "
                    + ContentFileWriter.str(note != null ? note : "由 gongkai import 建立：请把文件夹名改为拼音并补上区划代码（code）。")
                    + "\n";
            Files.writeString(meta, text, StandardCharsets.UTF_8);
            created.add(dir);
        }
        return dir;
    }

    /** A folder name in {@code [a-z0-9-]}: ASCII letters and digits kept, other characters as hex code points. */
    static String slug(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder ascii = new StringBuilder();
        for (int cp : name.codePoints().toArray()) {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                ascii.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            if (ascii.length() > 0) {
                parts.add(ascii.toString());
                ascii.setLength(0);
            }
            if (Character.isLetterOrDigit(cp)) {
                parts.add(Integer.toHexString(cp).toLowerCase(Locale.ROOT));
            }
        }
        if (ascii.length() > 0) {
            parts.add(ascii.toString());
        }
        String s = String.join("-", parts);
        return s.isEmpty() ? "unnamed" : "x" + s;
    }
}
