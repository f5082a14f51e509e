package cn.gongkai.content;

/**
 * A report file split into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---}) and its Markdown body, as ranges of the file's text (no copies).
 *
 * @param text          the file's text (without byte order mark, with {@code \n} line ends)
 * @param yamlStart     where the front matter starts in {@code text}
 * @param yamlEnd       where it ends (the start of the closing {@code ---} line)
 * @param yamlFirstLine file line of the front matter's first line (2)
 * @param bodyStart     where the Markdown after the closing {@code ---} starts ({@code text.length()} if none)
 * @param bodyFirstLine file line of the body's first line
 */
record FrontMatter(String text, int yamlStart, int yamlEnd, int yamlFirstLine, int bodyStart, int bodyFirstLine) {

    /** The front matter text. */
    String yaml() {
        return text.substring(yamlStart, yamlEnd);
    }

    /** The Markdown body. */
    String body() {
        return text.substring(bodyStart);
    }

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
                return new FrontMatter(t, firstEnd + 1, pos, 2, end < 0 ? t.length() : end + 1, line + 1);
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
