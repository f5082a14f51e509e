package cn.gongkai.source.report;

import cn.gongkai.model.Section;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of the six parts ({@code 一、总体情况} … {@code 六、其他需要报告的事项}). A heading is a
 * short line starting with the part's numeral and {@code 、} (or {@code .}) whose words fit the part, so the
 * application-table rows {@code 一、本年新收…} or {@code 四、结转下年度继续办理} are not taken for headings.
 * Headings must come in order; a part the source lost is simply absent.
 */
final class SectionFinder {
    private static final Pattern HEADING = Pattern.compile("^[*#\\s]*([一二三四五六])\\s*[、.,，]\\s*(.{2,40})$");
    private static final Map<Section, Pattern> WORDS = new EnumMap<>(Map.of(
            Section.OVERVIEW, Pattern.compile("总体情况|基本情况|概述|总体|概况"),
            Section.PROACTIVE, Pattern.compile("主动公开"),
            Section.APPLICATIONS, Pattern.compile("收到和处理|依申请|申请情况|申请公开"),
            Section.REVIEW_LITIGATION, Pattern.compile("复议|诉讼"),
            Section.PROBLEMS, Pattern.compile("问题|改进"),
            Section.OTHER, Pattern.compile("其他|其它")));

    /** Line index of each heading found, in part order. */
    Map<Section, Integer> find(List<NormLine> lines) {
        Map<Section, Integer> found = new EnumMap<>(Section.class);
        int next = 0;
        for (int i = 0; i < lines.size() && next < Section.values().length; i++) {
            String t = lines.get(i).norm().replace("|", " ").trim();
            Matcher m = HEADING.matcher(t);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(2);
            if (rest.matches(".*\\d\\s*$") && !rest.matches(".*[)）]\\s*$")) {
                continue; // a table row with its values
            }
            int part = "一二三四五六".indexOf(m.group(1));
            if (part < next) {
                continue;
            }
            Section s = Section.values()[part];
            if (WORDS.get(s).matcher(rest).find() && !rest.contains("本年新收") && !rest.contains("结转")
                    && !rest.contains("办理结果")) {
                found.put(s, i);
                next = part + 1;
            }
        }
        return found;
    }
}
