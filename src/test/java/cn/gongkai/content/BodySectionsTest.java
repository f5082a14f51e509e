package cn.gongkai.content;

import cn.gongkai.model.Section;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BodySectionsTest {
    /** The pattern a heading row was matched with before (on the row stripped of white space). */
    private static final Pattern HEADING = Pattern.compile("^##\\s*([一二三四五六])\\s*[、.．]\\s*(.*)$");

    @Test
    void tellsHeadingsAsThePatternDoes() {
        String[] pieces = {"#", "##", "##", " ", "\t", "\u000B", "\f", "\r", "\u3000", "\u00A0", "\u2003", "一", "六",
                "三", "七", "、", ".", "．", ",", "总体情况", "x", "\u0085", "\u2028", "\u2029", "\u001C", "😀"};
        Random random = new Random(5);
        int asked = 0;
        for (int round = 0; round < 100000; round++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) > 0) {
                sb.append(random.nextBoolean() ? "##" : "  ##");
            }
            for (int k = random.nextInt(8); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertHeadingAsPattern(sb.toString());
            asked++;
        }
        for (String row : new String[]{"## 一、总体情况", "##一、", "## 六．其他", " ## 二 . 主动公开 ", "## 七、x", "## 一，x",
                "### 一、x", "## 一、x\u0085", "## 一、x\u0085y", "## 一、\u2028", "##\r一、x", "## 一、x\r", "## 一"}) {
            assertHeadingAsPattern(row);
        }
        assertEquals(100000, asked);
    }

    private static void assertHeadingAsPattern(String row) {
        char[] c = row.toCharArray();
        int first = 0;
        while (first < c.length && Character.isWhitespace(c[first])) {
            first++;
        }
        if (first + 2 > c.length || c[first] != '#' || c[first + 1] != '#') {
            return; // not asked: the split asks only rows that start with ##
        }
        Matcher m = HEADING.matcher(row.strip());
        Section expected = m.matches() ? Section.values()["一二三四五六".indexOf(m.group(1))] : null;
        assertEquals(expected, BodySections.heading(c, first, c.length), () -> "row \"" + row + "\"");
    }

    @Test
    void keepsThePreambleAtTheStartOfPartOne() {
        FileProblems problems = new FileProblems("x");
        Map<Section, String> parts = BodySections.split("前言\n\n## 一、总体情况\n\n  概况  \n## 二、主动\n文字\n", 5, problems)
                .sections().asMap();
        assertEquals("前言\n\n概况", parts.get(Section.OVERVIEW));
        assertEquals("文字", parts.get(Section.values()[1]));

        assertEquals("前言", BodySections.split("前言\n## 一、总体情况\n \n## 二、主动\n文字\n", 5, problems)
                .sections().asMap().get(Section.OVERVIEW));
        assertEquals("前言", BodySections.split("前言\n## 二、主动\n文字\n", 5, problems)
                .sections().asMap().get(Section.OVERVIEW));
        assertNull(BodySections.split("\n## 二、主动\n文字\n", 5, problems).sections().asMap().get(Section.OVERVIEW));
        assertEquals("概况", BodySections.split(" \n## 一、总体情况\n概况\n", 5, problems)
                .sections().asMap().get(Section.OVERVIEW));
        // a part in two runs (its heading written twice) is joined as before
        assertEquals("前言\n\n甲\n乙", BodySections.split("前言\n## 一、总体情况\n甲\n## 二、主动\n丙\n## 一、再次\n乙\n", 5,
                problems).sections().asMap().get(Section.OVERVIEW));
    }
}
