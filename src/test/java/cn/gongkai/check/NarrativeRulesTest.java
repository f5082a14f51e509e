package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gongkai.check.Reports.consistent;
import static cn.gongkai.check.Reports.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeRulesTest {
    final Checker checker = new Checker();

    Report saying(String text) {
        return Reports.consistent("jiangsu/huaian/2024", 2024, text).build();
    }

    /** The same tables with no application received. */
    Report noneReceivedSaying(String text) {
        Report r = saying(text);
        for (ApplicationRow row : r.applications().rows()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                r = withCell(r, row, c, Cell.of(0));
            }
        }
        return r;
    }

    @Test
    void warnsWhenTheTextSaysNoApplicationsButTheTableCountsSome() {
        List<Diagnostic> ds = checker.diagnose(saying("2024 年，本机关未收到政府信息公开申请。"));
        assertEquals(List.of(Diagnostic.warning("narrative-contradicts-table",
                "文字说“2024 年，本机关未收到政府信息公开申请”，但第三部分“本年新收政府信息公开申请数量”总计为 3119",
                "applications.new_received.total")), ds);
        assertEquals(List.of(), checker.diagnose(noneReceivedSaying("2024 年，本机关未收到政府信息公开申请。")));
    }

    @Test
    void warnsWhenTheStatedApplicationCountDiffersFromTheTable() {
        assertEquals(List.of(), checker.diagnose(saying("全市共受理政府信息公开申请 3119 件，答复 3050 件。")));
        assertEquals(List.of(), checker.diagnose(saying("共收到政府信息公开申请 3153 件（含上年结转 34 件）。")));
        List<Diagnostic> ds = checker.diagnose(saying("全市共受理政府信息公开申请 3118 件。"));
        assertEquals("文字说“全市共受理政府信息公开申请 3118 件”（3118 件），但第三部分“本年新收政府信息公开申请数量”总计为 3119",
                ds.get(0).message());
    }

    @Test
    void warnsWhenTheStatedProactiveCountDiffersFromProactiveTotal() {
        Report ok = saying("2024 年，我镇通过政府门户网站主动公开政府信息共 33 条，其中镇街文件 3 条。").toBuilder()
                .proactiveTotal(33).build();
        assertEquals(List.of(), checker.diagnose(ok));
        List<Diagnostic> ds = checker.diagnose(ok.toBuilder().proactiveTotal(34).build());
        assertEquals(List.of(Diagnostic.warning("narrative-contradicts-table",
                "文字说“2024 年，我镇通过政府门户网站主动公开政府信息共 33 条，其中镇街文件 3 条”（33 条），但 proactive_total（主动公开总数）是 34",
                "proactive_total")), ds);
        Report breakdown = saying("2024 年，通过县政府信息公开网站公开工作信息 44 条，其中主动公开基本目录 1 条、镇街文件 3 条。")
                .toBuilder().proactiveTotal(44).build();
        assertEquals(List.of(), checker.diagnose(breakdown), "a category named 主动公开基本目录 is not the total");
        Report approximate = saying("主动公开各类政府信息 5500 余条。").toBuilder().proactiveTotal(5000).build();
        assertEquals(List.of(), checker.diagnose(approximate));
    }

    @Test
    void warnsWhenTheStatedReviewCountDiffersFromPartFour() {
        assertEquals(List.of(), checker.diagnose(saying("政府信息公开行政复议 351 件；政府信息公开行政诉讼 46 件。")));
        List<Diagnostic> ds = checker.diagnose(saying("政府信息公开行政复议 350 件；政府信息公开行政诉讼 47 件。"));
        assertEquals(2, ds.size());
        assertEquals("review_litigation.litigation_direct.total", ds.get(0).location());
        assertEquals("review_litigation.review.total", ds.get(1).location());
    }

    @Test
    void warnsWhenTheStatisticsPeriodOrTitleYearIsNotTheReportYear() {
        assertEquals(List.of(), checker.diagnose(saying("本报告所列数据的统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。")));
        List<Diagnostic> ds = checker.diagnose(saying("本报告所列数据的统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。"));
        assertEquals(List.of(Diagnostic.warning("year-mismatch",
                "文字中的统计期限是 2023 年 1 月 1 日至 2023 年 12 月 31 日，但报告的年度（year）是 2024；请核对年份",
                "sections.overview")), ds);
        List<Diagnostic> title = checker.diagnose(saying("淮安市人民政府 2023 年政府信息公开工作年度报告\n\n正文。"));
        assertEquals("year-mismatch", title.get(0).code());
        assertEquals(List.of(), checker.diagnose(saying("正文。\n\n" + "今年按时发布了 2023 年政府信息公开工作年度报告。".repeat(1)
                .indent(0).replace("今年", "x".repeat(200) + "今年"))));
    }

    @Test
    void readsAStatisticsPeriodThatRunsFromOnePartIntoTheNextAsInTheJoinedText() {
        String wrong = "文字中的统计期限是 2023 年 1 月 1 日至 2023 年 12 月 31 日，但报告的年度（year）是 2024；请核对年份";
        Report split = inParts("本报告所列数据的统计期限自 2023 年 1 月 1 日起",
                "至 2023 年 12 月 31 日止。统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。");
        assertEquals(List.of(Diagnostic.warning("year-mismatch", wrong, "sections.overview")), checker.diagnose(split));
        // The split period is right; the one after it, in the next part, is not.
        Report after = inParts("统计期限自 2024 年 1 月 1 日起", "至 2024 年 12 月 31 日止。统计期限：2023 年 1 月 1 日至 2023 年 12 月 31 日。");
        assertEquals(List.of(Diagnostic.warning("year-mismatch", wrong, "sections.overview")), checker.diagnose(after));
        assertEquals(List.of(), checker.diagnose(inParts("统计期限自 2024 年 1 月 1 日起", "至 2024 年 12 月 31 日止。")));
        // The line break that joins the parts is one of the few characters allowed after 统计期限.
        assertEquals(List.of(Diagnostic.warning("year-mismatch", wrong, "sections.overview")),
                checker.diagnose(inParts("统计期限", "2023 年 1 月 1 日至 2023 年 12 月 31 日，另见统计数字")));
    }

    /** A report whose part 一 is {@code overview} and part 二 {@code proactive}. */
    Report inParts(String overview, String proactive) {
        return Reports.consistent("jiangsu/huaian/2024", 2024, "").sections(cn.gongkai.model.Sections.of(java.util.Map.of(
                cn.gongkai.model.Section.OVERVIEW, overview, cn.gongkai.model.Section.PROACTIVE, proactive))).build();
    }

    @Test
    void sentencesWithAWordAreTheSentencesThatContainIt() {
        String text = "2024 年，全市共受理申请 3 件；行政复议 1 件。\n\n  本年无申请！  其他？行政诉讼 0 件;申请\n申请主动公开"
                + "?主动公开 5 条!行政复\n议与行政诉讼；申\n请；主动公\r\n开；统计期限";
        String[][] words = {{"申请"}, {"主动公开"}, {"行政复议", "行政诉讼"}};
        int[] marks = {NarrativeRules.APPLICATION, NarrativeRules.PROACTIVE_WORD, NarrativeRules.REVIEW_WORD};
        for (int k = 0; k < marks.length; k++) {
            for (int other = 0; other < marks.length; other++) {
                String[] w = words[k];
                List<String> expected = sentences(text).stream()
                        .filter(s -> java.util.Arrays.stream(w).anyMatch(s::contains)).toList();
                assertEquals(expected, NarrativeRules.sentencesWith(text, marks[k]), String.join(",", w));
                // a sentence marked with other words too is one of the word's
                assertEquals(expected, NarrativeRules.sentencesWith(text, marks[k] | marks[other]).stream()
                        .filter(s -> java.util.Arrays.stream(w).anyMatch(s::contains)).toList());
            }
        }
        assertEquals(List.of("全市共受理申请 3 件", "本年无申请！".substring(0, 5), "申请", "申请"),
                NarrativeRules.sentencesWith("全市共受理申请 3 件。本年无申请！申请\n申请", NarrativeRules.APPLICATION));
        assertEquals(List.of(), NarrativeRules.sentencesWith("申", NarrativeRules.APPLICATION));
        assertEquals(List.of("行政诉讼"), NarrativeRules.sentencesWith("行政复\n行政诉讼", NarrativeRules.REVIEW_WORD));
    }

    /** The sentences of {@code text} as the rules read them: cut at {@code [。；;！!？?\n]}, stripped, none empty. */
    private static List<String> sentences(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : text.split("[。；;！!？?\\n]")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void quotesASentenceWithEachRunOfWhiteSpaceOneSpaceAsTheRegularExpressionDid() {
        for (String s : List.of("", " ", "a", "本机关  未收到\t\n申请", "\r\n\u000B\f x \u3000 y\u00A0z ",
                "一二三四五六七八九十".repeat(7), "  " + "字 ".repeat(40))) {
            String t = s.replaceAll("\\s+", " ");
            assertEquals(t.length() > 60 ? t.substring(0, 60) + "…" : t, NarrativeRules.quote(s), s);
        }
    }

    @Test
    void readsAStatedNumberAsBigDecimalDoes() {
        for (String s : List.of("0", "7", "007", "3119", "999999999999999999", "1000000000000000000",
                "123456789012345678901234567890")) {
            java.math.BigDecimal expected = new java.math.BigDecimal(s);
            java.math.BigDecimal n = NarrativeRules.number(s);
            assertEquals(expected, n, s);
            assertEquals(expected.toPlainString(), n.toPlainString(), s);
        }
    }
}
