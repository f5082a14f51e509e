package cn.gongkai.content;

/**
 * A report file split into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---}) and its Markdown body.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine file line of the front matter's first line (2)
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine file line of the body's first line
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Splits {@code text}; reports a missing or unclosed front matter and returns null. */
    static FrontMatter split(String text, FileProblems problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        int firstEnd = t.indexOf('\n');
        if (!isMarker(t, 0, firstEnd < 0 ? t.length() : firstEnd, "---")) {
            problems.error(1, null, "bad-front-matter",
                    "报告文件必须以单独一行 --- 开头，接着是 YAML 头部（issuer、year、format 等），再以一行 --- 结束");
            return null;
        }
        int pos = firstEnd + 1;
        int line = 2;
        while (firstEnd >= 0 && pos <= t.length()) {
            int end = t.indexOf('\n', pos);
            int lineEnd = end < 0 ? t.length() : end;
            if (isMarker(t, pos, lineEnd, "---") || isMarker(t, pos, lineEnd, "...")) {
                String yaml = t.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : t.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.error(1, null, "bad-front-matter", "YAML 头部没有结束：第 1 行的 --- 之后缺少单独一行 --- 来结束头部");
        return null;
    }

    /** True when {@code t[from, to)} is {@code marker} with only white space around it (as {@code strip()} sees it). */
    private static boolean isMarker(String t, int from, int to, String marker) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e - s == marker.length() && t.startsWith(marker, s);
    }
}
