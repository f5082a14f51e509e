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

    private static final Pattern HEADING = Pattern.compile("^##\\s*([一二三四五六])\\s*[、.．]\\s*(.*)$");
    private static final String NUMERALS = "一二三四五六";

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
                Matcher m = HEADING.matcher(new String(body, rowStart, end - rowStart).strip());
                if (m.matches()) {
                    Section s = Section.values()[NUMERALS.indexOf(m.group(1))];
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
            out.put(e.getKey(), e.getValue().text(body));
        }
        String pre = preamble.text(body);
        if (!pre.isEmpty()) {
            String overview = out.get(Section.OVERVIEW);
            out.put(Section.OVERVIEW, overview == null || overview.isEmpty() ? pre : pre + "\n\n" + overview);
        }
        return new BodySections(Sections.of(out), lines);
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

        /** {@code new String(body, from, to - from).strip()} without the intermediate copy. */
        private static String stripped(char[] body, int from, int to) {
            int s = from;
            int e = to;
            while (s < e && FrontMatter.isWhitespace(body[s])) {
                s++;
            }
            while (e > s && FrontMatter.isWhitespace(body[e - 1])) {
                e--;
            }
            return new String(body, s, e - s);
        }
    }
}
