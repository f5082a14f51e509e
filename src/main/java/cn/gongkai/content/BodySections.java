package cn.gongkai.content;

import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown body of a report split into the six parts by the headings {@code ## 一、…} to {@code ## 六、…}.
 * Text before the first heading is a preamble and is kept at the start of part 一.
 *
 * @param sections     the text of each part (without its heading); a part without heading is absent
 * @param headingLines for each part present, the file line of its heading
 */
record BodySections(Sections sections, Map<Section, Integer> headingLines) {

    private static final String NUMERALS = "一二三四五六";

    /**
     * What a heading is, {@code ^##\s*([一二三四五六])\s*[、.．]\s*(.*)$} on the stripped row: asked only of a row
     * holding a character that ends a line for the pattern's {@code .} and {@code $} (nearly never), every other
     * row is matched by {@link #heading} without it (the load runs before anything is compiled, and this was its
     * only regular expression). A class of its own, so the pattern is compiled only when asked.
     */
    private static final class HeadingPattern {
        static final Pattern REGEX =
                Pattern.compile("^##\\s*([一二三四五六])\\s*[、.．]\\s*(.*)$");
    }

    static BodySections split(String body, int firstLine, FileProblems problems) {
        return split(body, 0, firstLine, problems);
    }

    /** Splits the body that starts at {@code from} in {@code text} and runs to its end. */
    static BodySections split(String body, int from, int firstLine, FileProblems problems) {
        return split(body.toCharArray(), body.length(), from, firstLine, problems);
    }

    /** Splits the body that starts at {@code from} in the first {@code length} characters of {@code body}. */
    static BodySections split(char[] body, int length, int from, int firstLine, FileProblems problems) {
        Map<Section, Integer> lines = new EnumMap<>(Section.class);
        // Each part is a list of row ranges [from, to) of the body; usually one range, more for a repeated heading.
        Map<Section, Parts> text = new EnumMap<>(Section.class);
        Parts preamble = new Parts();
        Parts current = preamble;
        Section last = null;
        boolean inFence = false;
        int start = from;
        for (int i = 0; start <= length; i++) {
            int end = FrontMatter.lineEnd(body, start, length);
            int rowStart = start;
            start = end + 1;
            int first = rowStart;
            while (first < end && FrontMatter.isWhitespace(body[first])) {
                first++;
            }
            // Both marks are ASCII and the row's end is a line feed or the text's end, so they lie inside the row.
            if (first + 3 <= end && body[first] == '`' && body[first + 1] == '`' && body[first + 2] == '`') {
                inFence = !inFence;
            }
            if (!inFence && first + 2 <= end && body[first] == '#' && body[first + 1] == '#') {
                Section s = heading(body, first, end);
                if (s != null) {
                    int line = firstLine + i;
                    if (lines.containsKey(s)) {
                        problems.warning(line, null, "section-repeated", "第" + s.numeral() + "部分的标题出现了两次（第 "
                                + lines.get(s) + " 行和第 " + line + " 行）；第二处的文字并入第" + s.numeral() + "部分");
                    } else if (last != null && s.ordinal() < last.ordinal()) {
                        problems.warning(line, null, "section-order", "第" + s.numeral() + "部分的标题出现在第"
                                + last.numeral() + "部分之后；六个部分应按一至六的顺序排列");
                    }
                    lines.putIfAbsent(s, line);
                    current = text.computeIfAbsent(s, k -> new Parts());
                    last = s;
                    continue;
                }
            }
            current.add(rowStart, end);
        }
        Map<Section, String> out = new EnumMap<>(Section.class);
        for (Map.Entry<Section, Parts> e : text.entrySet()) {
            Parts part = e.getValue();
            out.put(e.getKey(), e.getKey() == Section.OVERVIEW ? preamble.joinedWith(part, body) : part.text(body));
        }
        if (!out.containsKey(Section.OVERVIEW)) {
            String pre = preamble.text(body);
            if (!pre.isEmpty()) {
                out.put(Section.OVERVIEW, pre);
            }
        }
        return new BodySections(Sections.of(out), lines);
    }

    /**
     * The part whose heading the row {@code body[first, end)} is ({@code first} its first character that is not
     * white space, a {@code #}), or null when it is not a heading: what {@link HeadingPattern#REGEX} says of the row
     * stripped of white space.
     */
    static Section heading(char[] body, int first, int end) {
        int e = end;
        while (e > first && FrontMatter.isWhitespace(body[e - 1])) {
            e--;
        }
        for (int i = first; i < e; i++) {
            char c = body[i];
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                // a line end inside the row: the pattern's own answer
                Matcher m = HeadingPattern.REGEX.matcher(new String(body, first, e - first));
                return m.matches() ? Section.values()[NUMERALS.indexOf(m.group(1))] : null;
            }
        }
        // "##", \s*, the numeral, \s*, the mark; (.*)$ takes the rest, which holds no line end
        int i = patternSpaces(body, first + 2, e);
        int numeral = i < e ? NUMERALS.indexOf(body[i]) : -1;
        if (numeral < 0) {
            return null;
        }
        i = patternSpaces(body, i + 1, e);
        if (i >= e || body[i] != '、' && body[i] != '.' && body[i] != '．') {
            return null;
        }
        return Section.values()[numeral];
    }

    /** Past the characters the pattern's {@code \s} takes ({@code [ \t\n\x0B\f\r]}) from {@code i}. */
    private static int patternSpaces(char[] body, int i, int end) {
        while (i < end && (body[i] == ' ' || body[i] >= '\t' && body[i] <= '\r')) {
            i++;
        }
        return i;
    }

    /**
     * The rows of one part: runs of consecutive rows, each {@code [from, to)} of the body. Its text is the rows,
     * each followed by a line break, stripped of white space at both ends.
     */
    private static final class Parts {
        private int[] ranges = new int[4];
        private int size;

        void add(int from, int to) {
            if (size > 0 && ranges[size - 1] + 1 == from) {
                ranges[size - 1] = to; // the next row: extend the run
                return;
            }
            if (size == ranges.length) {
                ranges = Arrays.copyOf(ranges, size * 2);
            }
            ranges[size++] = from;
            ranges[size++] = to;
        }

        String text(char[] body) {
            if (size == 0) {
                return "";
            }
            if (size == 2) {
                return stripped(body, ranges[0], ranges[1]);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < size; i += 2) {
                sb.append(body, ranges[i], ranges[i + 1] - ranges[i]).append('\n');
            }
            return sb.toString().strip();
        }

        /**
         * This part's text, a blank line and {@code next}'s text (either alone when the other is empty): the preamble
         * and part 一. Each a single run of rows (nearly always), they are copied once into the joined text.
         */
        String joinedWith(Parts next, char[] body) {
            if (size == 2 && next.size == 2) {
                int s1 = start(body, ranges[0], ranges[1]);
                int e1 = end(body, s1, ranges[1]);
                int s2 = start(body, next.ranges[0], next.ranges[1]);
                int e2 = end(body, s2, next.ranges[1]);
                if (s1 < e1 && s2 < e2) {
                    char[] joined = new char[e1 - s1 + 2 + e2 - s2];
                    System.arraycopy(body, s1, joined, 0, e1 - s1);
                    joined[e1 - s1] = '\n';
                    joined[e1 - s1 + 1] = '\n';
                    System.arraycopy(body, s2, joined, e1 - s1 + 2, e2 - s2);
                    return new String(joined);
                }
            }
            String first = text(body);
            String second = next.text(body);
            return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n\n" + second;
        }

        /** {@code new String(body, from, to - from).strip()} without the intermediate copy. */
        private static String stripped(char[] body, int from, int to) {
            int s = start(body, from, to);
            return new String(body, s, end(body, s, to) - s);
        }

        /** The first character of {@code body[from, to)} that is not white space ({@code to} if none). */
        private static int start(char[] body, int from, int to) {
            int s = from;
            while (s < to && FrontMatter.isWhitespace(body[s])) {
                s++;
            }
            return s;
        }

        /** Past the last character of {@code body[from, to)} that is not white space ({@code from} if none). */
        private static int end(char[] body, int from, int to) {
            int e = to;
            while (e > from && FrontMatter.isWhitespace(body[e - 1])) {
                e--;
            }
            return e;
        }
    }
}
