package cn.gongkai.content;

/**
 * The lines of a range of YAML text that say something, one after another: each line's index in the range, its
 * indentation (spaces) and its content (from the first non-space to the last non-whitespace character); blank
 * lines and comment-only lines are skipped. {@link PlainYaml} and {@link PlainReport} both read lines through it,
 * so they agree on what a line is.
 */
final class YamlLines {
    private final char[] text;
    private final int to;
    private int next;
    private int index = -1;
    private int rowStart;
    private int end;
    private int indent;
    private int contentStart;
    private int contentEnd;

    /** The lines of {@code text} from {@code from} to {@code to} (exclusive). */
    YamlLines(String text, int from, int to) {
        this(text.toCharArray(), from, to);
    }

    /** The lines of {@code text} from {@code from} to {@code to} (exclusive). */
    YamlLines(char[] text, int from, int to) {
        this.text = text;
        this.next = from;
        this.to = to;
    }

    /** Moves to the next line with content; false when there is none. */
    boolean next() {
        while (next <= to) {
            int e = FrontMatter.lineEnd(text, next, to);
            index++;
            rowStart = next;
            end = e;
            next = e + 1;
            int spaces = 0;
            while (rowStart + spaces < e && text[rowStart + spaces] == ' ') {
                spaces++;
            }
            int cs = rowStart + spaces;
            int ce = e;
            while (ce > cs && FrontMatter.isWhitespace(text[ce - 1])) {
                ce--;
            }
            if (ce == cs || text[cs] == '#') {
                continue;
            }
            indent = spaces;
            contentStart = cs;
            contentEnd = ce;
            return true;
        }
        return false;
    }

    /** The line's index in the range (0 for its first line), counting skipped lines too. */
    int index() {
        return index;
    }

    /** Where the line starts (its indentation included). */
    int rowStart() {
        return rowStart;
    }

    /** Where the line ends (its line break or the end of the range). */
    int end() {
        return end;
    }

    int indent() {
        return indent;
    }

    int contentStart() {
        return contentStart;
    }

    int contentEnd() {
        return contentEnd;
    }
}
