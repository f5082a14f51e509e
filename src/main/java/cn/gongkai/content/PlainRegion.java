package cn.gongkai.content;

/**
 * A {@code _region.yaml} in the form {@code generate} and {@code import} write and most people copy, read straight
 * into a {@link RegionInfo}: one {@code key: value} per line, each of {@code name}, {@code level} (required),
 * {@code code} (quoted, 12 digits), {@code order} (a whole number) and {@code note} at most once, the texts in
 * Chinese. Anything else, and anything the full reading ({@link LocatedYaml}, {@link FieldReader},
 * {@link RegionReader}) would have something to say about, is left to it: this reader never reports a problem,
 * it only spares the YAML tree for the hundreds of region files the walk reads before anything is compiled.
 */
final class PlainRegion {
    private PlainRegion() {
    }

    /**
     * The region the full reading would give without any problem, or null when the file is not in the plain form
     * (or would give a problem): then the full reading must run.
     *
     * @param text   the file's text
     * @param path   the folder's slug path
     * @param parent the enclosing region, or null at the top
     */
    static RegionInfo read(String text, String path, RegionInfo parent) {
        String name = null;
        RegionLevel level = null;
        String code = null;
        int order = 0;
        boolean ordered = false;
        String note = null;
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int colon = text.indexOf(": ", start);
            if (colon <= start || colon + 2 >= end) {
                return null; // a blank line, a line without "key: value", or an empty value
            }
            int from = colon + 2;
            switch (text.substring(start, colon)) {
                case "name" -> {
                    if (name != null || !isChinese(text, from, end)) {
                        return null;
                    }
                    name = text.substring(from, end);
                }
                case "note" -> {
                    if (note != null || !isChinese(text, from, end)) {
                        return null;
                    }
                    note = text.substring(from, end);
                }
                case "level" -> {
                    if (level != null || (level = level(text, from, end)) == null) {
                        return null;
                    }
                }
                case "code" -> {
                    // "370828105000": quoted, so that it stays a text of twelve digits
                    if (code != null || end - from != 14 || text.charAt(from) != '"' || text.charAt(end - 1) != '"'
                            || !PlainYaml.allDigits(text, from + 1, end - 1)) {
                        return null;
                    }
                    code = text.substring(from + 1, end - 1);
                }
                case "order" -> {
                    // 0 or [1-9][0-9]{0,5}: an int, as the full reading gives it
                    if (ordered || end - from > 6 || !PlainYaml.allDigits(text, from, end)
                            || text.charAt(from) == '0' && end - from > 1) {
                        return null;
                    }
                    order = Integer.parseInt(text, from, end, 10);
                    ordered = true;
                }
                default -> {
                    return null; // another key, or one written differently
                }
            }
            start = end + 1;
        }
        if (name == null || level == null || parent != null && level.ordinal() <= parent.level().ordinal()) {
            return null;
        }
        return new RegionInfo(path, parent == null ? null : parent.path(), level, name, code, order, note);
    }

    private static RegionLevel level(String text, int from, int to) {
        for (RegionLevel l : RegionLevel.values()) {
            if (text.startsWith(l.key(), from) && l.key().length() == to - from) {
                return l;
            }
        }
        return null;
    }

    /**
     * Whether {@code text[from, to)} is only CJK ideographs and the full-width brackets and marks of a name or note
     * ({@code U+3001..U+9FFF}, {@code U+FF01..U+FF5E}): a YAML plain text whatever it says, with no white space to
     * strip and nothing YAML reads as a mark.
     */
    static boolean isChinese(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '\u3001' && c <= '\u9FFF' || c >= '\uFF01' && c <= '\uFF5E')) {
                return false;
            }
        }
        return to > from;
    }
}
