package cn.gongkai.content;

import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

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
        Map<Section, StringBuilder> text = new EnumMap<>(Section.class);
        Map<Section, Integer> lines = new EnumMap<>(Section.class);
        StringBuilder preamble = new StringBuilder();
        StringBuilder current = preamble;
        Section last = null;
        String[] rows = body.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.strip().startsWith("```")) {
                inFence = !inFence;
            }
            Matcher m = inFence ? null : HEADING.matcher(row.strip());
            if (m != null && m.matches()) {
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
                current = text.computeIfAbsent(s, k -> new StringBuilder());
                last = s;
                continue;
            }
            current.append(row).append('\n');
        }
        Map<Section, String> out = new EnumMap<>(Section.class);
        for (Map.Entry<Section, StringBuilder> e : text.entrySet()) {
            out.put(e.getKey(), e.getValue().toString().strip());
        }
        String pre = preamble.toString().strip();
        if (!pre.isEmpty()) {
            String overview = out.get(Section.OVERVIEW);
            out.put(Section.OVERVIEW, overview == null || overview.isEmpty() ? pre : pre + "\n\n" + overview);
        }
        return new BodySections(Sections.of(out), lines);
    }
}
