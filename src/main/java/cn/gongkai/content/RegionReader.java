package cn.gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Reads one {@code _region.yaml}: name, level, code (12 digits), order, note. */
final class RegionReader {
    static final List<String> KEYS = List.of("name", "level", "code", "order", "note");

    private RegionReader() {
    }

    /**
     * @param path   the folder's slug path
     * @param parent the enclosing region, or null at the top
     * @return the region, or null when it has errors (reported)
     */
    static RegionInfo read(FieldReader in, String path, RegionInfo parent) {
        int before = in.problems().list().size();
        in.reportDuplicateKeys();
        JsonNode root = in.node("");
        in.checkKeys("", root, KEYS);
        String name = in.string("name", true);
        RegionLevel level = level(in, parent);
        String code = code(in);
        Integer order = order(in);
        String note = in.string("note", false);
        if (FileProblems.hasErrors(in.problems().list(), before)) {
            return null;
        }
        return new RegionInfo(path, parent == null ? null : parent.path(), level, name, code,
                order == null ? 0 : order, note);
    }

    private static RegionLevel level(FieldReader in, RegionInfo parent) {
        String s = in.string("level", true);
        if (s == null) {
            return null;
        }
        RegionLevel level = null;
        for (RegionLevel l : RegionLevel.values()) {
            if (l.key().equals(s)) {
                level = l;
            }
        }
        if (level == null) {
            in.problems().error(in.line("level"), "level", "bad-value",
                    "level 应为 province、city、county 或 township，实际是“" + s + "”");
            return null;
        }
        if (parent != null && level.ordinal() <= parent.level().ordinal()) {
            in.problems().error(in.line("level"), "level", "bad-level-order", "级别 " + level.key() + "（"
                    + level.label() + "）不低于上级文件夹 " + parent.slug() + "（" + parent.name() + "）的级别 "
                    + parent.level().key() + "（" + parent.level().label()
                    + "）；下级文件夹的级别必须更低：province > city > county > township");
        }
        return level;
    }

    private static String code(FieldReader in) {
        JsonNode n = in.node("code");
        if (FieldReader.absent(n)) {
            return null;
        }
        String s = n.isTextual() || n.isIntegralNumber() ? n.asText().strip() : null;
        if (s == null || !isTwelveDigits(s)) {
            in.problems().error(in.line("code"), "code", "bad-region-code",
                    "code 应为 12 位数字的统计用区划代码（加引号，例如 \"370828000000\"），实际是" + FieldReader.describe(n)
                            + "；不确定时请删去这一行");
            return null;
        }
        return s;
    }

    /** {@code s.matches("[0-9]{12}")}. */
    private static boolean isTwelveDigits(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Integer order(FieldReader in) {
        JsonNode n = in.node("order");
        if (FieldReader.absent(n)) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            in.wrongType("order", n, "整数（同级地区的显示顺序）");
            return null;
        }
        return n.intValue();
    }
}
