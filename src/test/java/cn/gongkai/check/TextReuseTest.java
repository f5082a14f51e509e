package cn.gongkai.check;

import cn.gongkai.model.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReuseTest {
    /** Three narratives: A and B share a clause, C shares only its last words with them. */
    private static final String TEXT_A = "我镇严格贯彻落实政府信息公开条例，持续强化组织领导，".repeat(40) + "本年新增内容甲乙丙丁";
    private static final String TEXT_B = "我镇严格贯彻落实政府信息公开条例，主动公开政府信息共33条，".repeat(30);
    private static final String TEXT_C = "今年开展开放日活动邀请群众参观办事大厅。".repeat(35) + "我镇严格贯彻落实";

    @Test
    void identicalTextIsFullyReusedAndUnrelatedTextNotAtAll() {
        String a = "我镇严格贯彻落实政府信息公开条例，持续强化组织领导。";
        assertEquals(1.0, TextReuse.share(a, a));
        assertEquals(0.0, TextReuse.share(a, "今年开展开放日活动邀请群众参观办事大厅"));
        assertEquals(0.0, TextReuse.share(a, ""));
    }

    @Test
    void ignoresSpacingPunctuationAndNumbers() {
        String prev = "2023 年，我镇主动公开政府信息共 33 条。";
        String cur = "2024年，我镇主动公开政府信息共91条";
        assertEquals(1.0, TextReuse.share(prev, cur));
        assertEquals(1.0, TextReuse.similarity(prev, cur));
    }

    @Test
    void shareIsTheFractionOfTheLaterTextFoundInTheEarlierOne() {
        String prev = "甲乙丙丁戊己庚辛";
        String cur = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
        double share = TextReuse.share(prev, cur);
        assertEquals(5.0 / 13, share, 1e-9);
        assertTrue(TextReuse.share(cur, prev) > share, "all of the shorter text occurs in the longer one");
        assertEquals(5.0 / 13, TextReuse.similarity(prev, cur), 1e-9);
    }

    @Test
    void aReportsShinglesAreThoseOfItsJoinedParts() {
        cn.gongkai.model.Report r = Reports.consistent("a/2024", 2024, "").sections(cn.gongkai.model.Sections.of(
                java.util.Map.of(cn.gongkai.model.Section.OVERVIEW, "我镇严格贯彻落实条例",
                        cn.gongkai.model.Section.PROACTIVE, "主动公开政府信息共33条",
                        cn.gongkai.model.Section.OTHER, "无。"))).build();
        TextReuse joined = TextReuse.of(r.sections().joined());
        TextReuse parts = TextReuse.of(r);
        assertTrue(joined.size() > 0);
        assertEquals(joined.size(), parts.size());
        assertEquals(joined.size(), joined.common(parts));
    }

    @Test
    void aGroupsShinglesAreCountedAsEachReportsOwnSet() {
        GroupShingles shingles = new GroupShingles();
        String[][] groups = {{TEXT_A, TEXT_B, TEXT_A, TEXT_C, TEXT_C}, {TEXT_B, TEXT_B + "新的一句话", "", TEXT_A},
            {"", TEXT_B}, {TEXT_C}, {TEXT_A + TEXT_B + TEXT_C, TEXT_C + TEXT_A, TEXT_B}};
        for (String[] texts : groups) { // one after the other in the same arrays, as a core does in checkAll
            List<Report> group = new ArrayList<>();
            for (String t : texts) {
                group.add(report(t));
            }
            shingles.count(group);
            for (int k = 0; k < texts.length; k++) {
                TextReuse own = TextReuse.of(group.get(k));
                assertEquals(own.size(), shingles.size(k), texts[k]);
                if (k > 0) {
                    assertEquals(own.common(TextReuse.of(group.get(k - 1))), shingles.commonWithPrevious(k),
                            texts[k - 1] + " / " + texts[k]);
                }
            }
        }
    }

    @Test
    void aGroupsTableGrowsWithItsShinglesAndCountsTheSame() {
        // 12,000 distinct shingles in one report (more than the table first holds), the year after shares half
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            String s = new String(new char[] {'甲', (char) ('\u4E00' + i), '乙'});
            a.append(s).append('，');
            if (i % 2 == 0) {
                b.append(s).append('。');
            }
        }
        List<Report> group = List.of(report(a.toString()), report(b.toString()), report(a.toString()));
        GroupShingles shingles = new GroupShingles();
        shingles.count(group);
        for (int k = 0; k < group.size(); k++) {
            TextReuse own = TextReuse.of(group.get(k));
            assertEquals(own.size(), shingles.size(k));
            if (k > 0) {
                assertEquals(own.common(TextReuse.of(group.get(k - 1))), shingles.commonWithPrevious(k));
            }
        }
        assertTrue(shingles.size(0) > 12_000);
    }

    @Test
    void lettersAreWhatCharacterIsLetterSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean cjk = c >= 0x4E00 && c <= 0x9FEF;
            if (!cjk) {
                assertEquals(Character.isLetter((char) c), TextReuse.isLetterBesidesCjk((char) c),
                        Integer.toHexString(c));
            } else {
                assertTrue(Character.isLetter((char) c), Integer.toHexString(c));
            }
        }
    }

    private static cn.gongkai.model.Report report(String text) {
        return Reports.consistent("a/2024", 2024, "").sections(cn.gongkai.model.Sections.of(
                java.util.Map.of(cn.gongkai.model.Section.OVERVIEW, text))).build();
    }
}
