package cn.gongkai.check;

import org.junit.jupiter.api.Test;

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
    void shinglesCountedInTheArraysOfAnEarlierTextAreTheSameAsInNewOnes() {
        TextReuse spare = TextReuse.of(report(TEXT_A), null);
        TextReuse again = TextReuse.of(report(TEXT_C), spare);
        TextReuse fresh = TextReuse.of(report(TEXT_C));
        assertEquals(fresh.size(), again.size());
        TextReuse other = TextReuse.of(report(TEXT_B));
        assertEquals(fresh.common(other), again.common(other));
        assertEquals(fresh.size(), again.common(fresh));
        // and once more, in the arrays the second text used after the first
        TextReuse third = TextReuse.of(report(TEXT_B), again);
        assertEquals(other.size(), third.size());
        assertEquals(other.size(), third.common(other));
        assertEquals(fresh.common(other), third.common(fresh));
    }

    @Test
    void sharedShinglesCountedWhileReadingAreTheCommonShingles() {
        TextReuse spare = TextReuse.of(report(TEXT_C), null);
        String[][] pairs = {{TEXT_A, TEXT_B}, {TEXT_B, TEXT_A}, {TEXT_A, TEXT_C}, {TEXT_C, TEXT_C}, {TEXT_A, ""},
            {"", TEXT_B}, {TEXT_B, TEXT_B + "新的一句话"}};
        for (String[] pair : pairs) {
            TextReuse previous = TextReuse.of(report(pair[0]));
            TextReuse current = TextReuse.of(report(pair[1]));
            TextReuse counted = TextReuse.of(report(pair[1]), spare, previous);
            assertEquals(current.common(previous), counted.commonWithPrevious(), pair[0] + " / " + pair[1]);
            assertEquals(current.size(), counted.size());
            spare = counted;
        }
        assertEquals(-1, TextReuse.of(report(TEXT_A), null).commonWithPrevious());
    }

    private static cn.gongkai.model.Report report(String text) {
        return Reports.consistent("a/2024", 2024, "").sections(cn.gongkai.model.Sections.of(
                java.util.Map.of(cn.gongkai.model.Section.OVERVIEW, text))).build();
    }
}
