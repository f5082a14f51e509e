package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.Sections;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.gongkai.check.Reports.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossYearRulesTest {
    static final String TEXT_2023 = "我镇坚持以人民为中心的发展思想，认真贯彻落实政府信息公开条例，强化组织领导，健全工作机制，"
            + "丰富公开内容，创新公开形式，依托政府门户网站和政务新媒体及时发布政策文件、工作动态、公告公示等信息，"
            + "主动回应群众关切，政务公开工作取得了显著成效。";
    static final String TEXT_OTHER = "本年度全面梳理权责清单，完善重大行政决策程序，组织政务公开专题培训三次，"
            + "在便民服务中心设置政务公开专区，接受群众现场查阅，并通过村务公开栏公开惠民资金发放名单，"
            + "邀请人大代表和群众代表参加政府开放日活动，听取意见建议。";
    final Checker checker = new Checker();

    Report year(int year, String text) {
        return Reports.consistent("jiangsu/huaian/" + year, year, text).build();
    }

    List<Diagnostic> found(List<Report> checked, int year, String code) {
        Report r = checked.stream().filter(x -> x.year() == year).findFirst().orElseThrow();
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void warnsWhenThisYearsCarriedOverIsNotLastYearsCarriedForward() {
        Report y2023 = year(2023, TEXT_2023);
        Report y2024 = withCell(year(2024, TEXT_OTHER), ApplicationRow.CARRIED_OVER, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.of(2));
        List<Report> checked = checker.checkAll(List.of(y2024, y2023));
        assertEquals(List.of("jiangsu/huaian/2023", "jiangsu/huaian/2024"), checked.stream().map(Report::id).toList());
        List<Diagnostic> ds = found(checked, 2024, "carry-over-mismatch");
        assertEquals(3, ds.size(), ds.toString()); // 商业企业 (0 → 2), 自然人 and 总计 (103 → 34)
        assertTrue(ds.stream().anyMatch(d -> d.message().equals(
                "第三部分“二、上年结转政府信息公开申请数量”的“商业企业”列是 2，但 2023 年报告的“四、结转下年度继续办理”是 0；两者应相同")));
        assertEquals(List.of(), found(checked, 2023, "carry-over-mismatch"));
    }

    @Test
    void comparesOnlyConsecutiveYearsOfTheSameRegion() {
        Report a = year(2022, TEXT_2023);
        Report b = year(2024, TEXT_OTHER);
        Report other = Reports.consistent("jiangsu/other/2023", 2023, TEXT_OTHER).build();
        List<Report> checked = checker.checkAll(List.of(a, b, other));
        for (Report r : checked) {
            assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("carry-over-mismatch")), r.id());
        }
    }

    @Test
    void warnsWhenTheNarrativeIsNearlyTheSameAsLastYears() {
        List<Report> checked = checker.checkAll(List.of(year(2023, TEXT_2023),
                year(2024, TEXT_2023.replace("显著成效", "明显成效"))));
        List<Diagnostic> ds = found(checked, 2024, "copied-text");
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().startsWith("叙述文字与 2023 年的报告几乎相同（相似度 9"), ds.get(0).message());
        assertEquals("sections", ds.get(0).location());
        List<Report> fresh = checker.checkAll(List.of(year(2023, TEXT_2023), year(2024, TEXT_OTHER)));
        assertEquals(List.of(), found(fresh, 2024, "copied-text"));
    }

    @Test
    void checkingTwiceChangesNothing() {
        List<Report> once = checker.checkAll(List.of(year(2023, TEXT_2023), year(2024, TEXT_2023)));
        assertEquals(once, checker.checkAll(once));
    }

    @Test
    void reuseShareOfCheckedSuccessiveReportsIsTheShareOfTheirTexts() {
        Report y2022 = year(2022, TEXT_OTHER);
        Report y2023 = year(2023, TEXT_2023);
        Report y2024 = year(2024, TEXT_2023);
        List<Report> checked = checker.checkAll(List.of(y2024, y2022, y2023));
        assertEquals(TextReuse.share(y2023, y2024), checker.reuseShare(checked.get(1), checked.get(2)));
        assertEquals(TextReuse.share(y2022, y2023), checker.reuseShare(checked.get(0), checked.get(1)));
        assertEquals(1.0, checker.reuseShare(checked.get(1), checked.get(2)), 1e-9, "2024 repeats 2023");
        assertTrue(checker.reuseShare(checked.get(0), checked.get(1)) < 0.1, "2023 is new text");
        // a pair the checks did not compare is worked out from the texts
        assertEquals(TextReuse.share(y2022, y2024), new Checker().reuseShare(y2022, y2024));
        assertEquals(null, checker.reuseShare(Reports.consistent("jiangsu/huaian/2021", 2021, "").sections(Sections.of(Map.of())).build(), y2022), "no narrative, no share");
    }

    /**
     * {@code checkAll} of many reports, in pieces on all cores, equals checking them one way by hand: every report
     * diagnosed alone, then each issuer's group (sorted by year) by the cross-year rules; reports without an id or a
     * year included.
     */
    @Test
    void checkingManyReportsInPiecesEqualsCheckingEachReportAndEachGroup() {
        List<Report> reports = new java.util.ArrayList<>();
        for (int t = 0; t < 40; t++) {
            for (int y = 2024; y >= 2020; y -= t % 3 == 0 ? 2 : 1) {
                String text = (t + y) % 4 == 0 ? TEXT_2023 : (t + y) % 4 == 1 ? TEXT_OTHER : TEXT_2023 + y;
                Report r = Reports.consistent("jiangsu/t" + t + "/" + y, y, text).build();
                reports.add(y % 2 == 0 ? r : withCell(r, ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL,
                        Cell.of(t)));
            }
        }
        reports.add(Reports.consistent("jiangsu/t1/2024", 2024, TEXT_2023).id(null).issuer("无编号机关").build());
        reports.add(Reports.consistent("jiangsu/t1/2023", 2023, TEXT_2023).id(null).issuer("无编号机关").build());
        reports.add(Reports.consistent("jiangsu/t2/2024", 2024, TEXT_OTHER).id(null).issuer(null).build());
        reports.add(Reports.consistent("jiangsu/t3/2024", 2024, TEXT_OTHER).id("jiangsu/noyear/x").year(null).build());
        java.util.Collections.shuffle(reports, new java.util.Random(5));

        Map<Report, List<Diagnostic>> found = new java.util.IdentityHashMap<>();
        for (Report r : reports) {
            found.put(r, checker.diagnose(r));
        }
        Map<String, Double> shares = new java.util.HashMap<>();
        CrossYearRules rules = new CrossYearRules(Checker.COPIED_TEXT_THRESHOLD, Checker.MINIMUM_SHINGLES);
        for (List<Report> group : CrossYearRules.byIssuer(reports).values()) {
            List<List<Diagnostic>> lists = new java.util.ArrayList<>();
            for (Report r : group) {
                lists.add(found.get(r));
            }
            rules.check(group, lists, shares, new GroupShingles());
        }
        List<Report> expected = new java.util.ArrayList<>(reports.stream()
                .map(r -> r.withMoreDiagnostics(found.get(r))).toList());
        expected.sort(Checker.ORDER);

        Checker pieces = new Checker();
        List<Report> checked = pieces.checkAll(reports);
        assertEquals(expected, checked);
        assertTrue(checked.stream().anyMatch(r -> r.diagnostics().stream().anyMatch(d -> d.code().equals("copied-text"))));
        assertTrue(checked.stream().anyMatch(r -> r.diagnostics().stream()
                .anyMatch(d -> d.code().equals("carry-over-mismatch"))));
        for (int i = 1; i < expected.size(); i++) {
            Report a = expected.get(i - 1);
            Report b = expected.get(i);
            String pair = CrossYearRules.pairKey(a, b);
            if (pair != null && shares.containsKey(pair)) {
                assertEquals(shares.get(pair), pieces.reuseShare(a, b), pair);
            }
        }
    }
}
