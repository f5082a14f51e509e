package cn.gongkai.content;

/**
 * A report file split into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---}) and its Markdown body, as ranges of the file's characters (no copies: the loader decodes a file
 * into a buffer of its own and reads the front matter and the parts straight from it).
 *
 * @param text          the file's characters (without byte order mark, with {@code \n} line ends), the first
 *                      {@code length} of the array
 * @param length        how many characters of {@code text} are the file's
 * @param yamlStart     where the front matter starts in {@code text}
 * @param yamlEnd       where it ends (the start of the closing {@code ---} line)
 * @param yamlFirstLine file line of the front matter's first line (2)
 * @param bodyStart     where the Markdown after the closing {@code ---} starts ({@code length} if none)
 * @param bodyFirstLine file line of the body's first line
 */
record FrontMatter(char[] text, int length, int yamlStart, int yamlEnd, int yamlFirstLine, int bodyStart,
                   int bodyFirstLine) {

    /** The front matter text. */
    String yaml() {
        return new String(text, yamlStart, yamlEnd - yamlStart);
    }

    /** The Markdown body. */
    String body() {
        return new String(text, bodyStart, length - bodyStart);
    }

    /** Splits {@code text}; reports a missing or unclosed front matter and returns null. */
    static FrontMatter split(String text, FileProblems problems) {
        return split(text.toCharArray(), text.length(), problems);
    }

    /**
     * Splits the first {@code n} characters of {@code t}, which it may change: a byte order mark is removed and
     * line ends made {@code \n} in place. Reports a missing or unclosed front matter and returns null.
     */
    static FrontMatter split(char[] t, int n, FileProblems problems) {
        return splitLines(t, withLineFeeds(t, n), problems);
    }

    /**
     * {@link #split(char[], int, FileProblems)} of text whose line ends are already {@code \n} (decoded by
     * {@link Utf8#decodeLines}, which makes them so as it goes, instead of a second pass over every character).
     */
    static FrontMatter splitLines(char[] t, int n, FileProblems problems) {
        if (n > 0 && t[0] == '\uFEFF') {
            System.arraycopy(t, 1, t, 0, --n);
        }
        int firstEnd = lineEnd(t, 0, n);
        if (!isMarker(t, 0, firstEnd, "---")) {
            problems.error(1, null, "bad-front-matter",
                    "报告文件必须以单独一行 --- 开头，接着是 YAML 头部（issuer、year、format 等），再以一行 --- 结束");
            return null;
        }
        if (firstEnd < n) {
            int pos = firstEnd + 1;
            int line = 2;
            while (true) {
                int end = lineEnd(t, pos, n);
                if (isMarker(t, pos, end, "---") || isMarker(t, pos, end, "...")) {
                    return new FrontMatter(t, n, firstEnd + 1, pos, 2, end == n ? n : end + 1, line + 1);
                }
                if (end == n) {
                    break;
                }
                pos = end + 1;
                line++;
            }
        }
        problems.error(1, null, "bad-front-matter", "YAML 头部没有结束：第 1 行的 --- 之后缺少单独一行 --- 来结束头部");
        return null;
    }

    /** Where the line from {@code from} ends: its {@code \n}, or {@code n}. */
    static int lineEnd(char[] t, int from, int n) {
        int i = from;
        while (i < n && t[i] != '\n') {
            i++;
        }
        return i;
    }

    /** {@code \r\n} and lone {@code \r} made {@code \n} in the first {@code n} characters; returns the new length. */
    private static int withLineFeeds(char[] t, int n) {
        int i = 0;
        while (i < n && t[i] != '\r') {
            i++;
        }
        if (i == n) {
            return n;
        }
        int o = i;
        for (; i < n; i++) {
            char c = t[i];
            if (c == '\r') {
                if (i + 1 < n && t[i + 1] == '\n') {
                    continue; // the \n that follows is kept
                }
                c = '\n';
            }
            t[o++] = c;
        }
        return o;
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without the call for the space and for every character above it
     * but the few ranges that hold white space (letters, digits, punctuation, Chinese: nearly every character the
     * loader tests for white space).
     */
    static boolean isWhitespace(char c) {
        if (c > ' ') {
            // above the space, white space is only U+1680, U+2000..U+205F and U+3000: Chinese text asks no more
            return c >= '\u1680' && (c == '\u1680' || c >= '\u2000' && c <= '\u205F' || c == '\u3000')
                    && Character.isWhitespace(c);
        }
        return c == ' ' || Character.isWhitespace(c);
    }

    /** True when {@code t[from, to)} is {@code marker} with only white space around it (as {@code strip()} sees it). */
    private static boolean isMarker(char[] t, int from, int to, String marker) {
        int s = from;
        int e = to;
        while (s < e && isWhitespace(t[s])) {
            s++;
        }
        while (e > s && isWhitespace(t[e - 1])) {
            e--;
        }
        if (e - s != marker.length()) {
            return false;
        }
        for (int i = 0; i < e - s; i++) {
            if (t[s + i] != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
