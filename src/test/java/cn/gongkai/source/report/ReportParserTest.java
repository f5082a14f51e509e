package cn.gongkai.source.report;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser's tricky cases, each on a small text made like the real reports that showed it. */
class ReportParserTest {
    private static final String TITLE = "金乡县卜集镇人民政府2024年政府信息公开工作年度报告\n"
            + "本报告所列数据的统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。\n一、总体情况\n";
    private static final String APPS_2021 = String.join("\n",
            "三、收到和处理政府信息公开申请情况",
            "申请人情况 自然人 法人或其他组织 总计",
            "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "三、本", "年度办", "理结果",
            "（一）予以公开 2 0 0 0 0 0 2",
            "（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）", "", "0 0 0 0 0 0", "1");
    private final ReportParser parser = new ReportParser();

    private Report parse(String text) {
        return parse(text, "text");
    }

    private Report parse(String text, String kind) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(raw[i], "line " + (i + 1)));
        }
        return parser.parse(new SourceText("t.txt", kind, lines));
    }

    private static Cell num(long v) {
        return Cell.of(v);
    }

    private static List<Cell> nums(long... v) {
        List<Cell> out = new ArrayList<>();
        for (long x : v) {
            out.add(num(x));
        }
        return out;
    }

    @Test
    void readsLabelsWrappedOverLinesAndANumberWrappedToTheNextLine() {
        Report r = parse(TITLE + "2024年主动公开政府信息共 33 条。\n" + APPS_2021 + "\n五、存在的主要问题及改进情况\n无");
        assertEquals(nums(3, 0, 0, 0, 0, 0, 3), r.applications().row(ApplicationRow.NEW_RECEIVED));
        assertEquals(nums(2, 0, 0, 0, 0, 0, 2), r.applications().row(ApplicationRow.GRANTED));
        assertEquals(nums(0, 0, 0, 0, 0, 0, 1), r.applications().row(ApplicationRow.PARTIALLY_GRANTED));
        assertEquals("line 17", r.provenance().get("applications.partially_granted.total"));
    }

    @Test
    void aRowWithSixNumbersForSevenColumnsIsUnknownWithADiagnostic() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n"
                + "\t\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n"
                + "\t\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\n五、存在的主要问题及改进情况\n无");
        assertEquals(nums(0, 0, 0, 0, 0, 0, 0), r.applications().row(ApplicationRow.DENIED_STATE_SECRET));
        assertTrue(r.applications().row(ApplicationRow.DENIED_THIRD_PARTY_RIGHTS).stream().allMatch(Cell::isUnknown));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("cell-unplaced")
                && d.message().contains("有 6 个数字，但表格有 7 栏") && "line 6".equals(d.location())), r.diagnostics().toString());
    }

    @Test
    void aPipeRowWithOneValueAndPaddingCannotBePlaced() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 0 | ||||||||\n"
                + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n五、存在的主要问题及改进情况");
        assertTrue(r.applications().row(ApplicationRow.NEW_RECEIVED).stream().allMatch(Cell::isUnknown));
        assertEquals(nums(0, 0, 0, 0, 0, 0, 0), r.applications().row(ApplicationRow.CARRIED_OVER));
    }

    @Test
    void aRowCutOffByTheEndOfTheSourceKeepsItsValuesFromTheLeft() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||\n"
                + "二、上年结转政府信息公开申请数量 | 0 | 0 |");
        List<Cell> row = r.applications().row(ApplicationRow.CARRIED_OVER);
        assertEquals(num(0), row.get(0));
        assertEquals(num(0), row.get(1));
        assertTrue(row.subList(2, 7).stream().allMatch(Cell::isUnknown));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("row-cut-off")));
    }

    @Test
    void aValueFollowedByMoreTextIsNotACutOffRow() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n三、本年度辦理結果 | (一)予以公開 | 0 | |||||||\n(二)部分公開(區(");
        assertTrue(r.applications().row(ApplicationRow.GRANTED).stream().allMatch(Cell::isUnknown));
    }

    @Test
    void reviewRowWhoseCellPositionsAreLostIsUnknown() {
        Report r = parse(TITLE + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果\n维持\n总计\n\n1     1    \n"
                + "五、存在的主要问题及改进情况\n无");
        assertNotNull(r.reviewLitigation());
        assertTrue(r.reviewLitigation().cells().stream().allMatch(Cell::isUnknown));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("cell-unplaced")
                && d.message().contains("读到 2 个数字")));
    }

    @Test
    void fifteenValuesOnALineAreTheReviewTableEvenWithoutItsHeader() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n\n"
                + "0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n---\t---\n五、存在的主要问题及改进情况");
        assertEquals(nums(0, 0, 0, 0, 0, 0, 0), r.applications().row(ApplicationRow.CARRIED_OVER));
        assertEquals(num(1), r.reviewLitigation().review().total());
    }

    @Test
    void aSlashStaysASlashAndIsNeverZero() {
        Report r = parse(TITLE + "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
                + "规章 / / /\n行政规范性文件 / / /\n第二十条第(五)项\n信息内容 本年处理决定数量\n行政许可 /\n五、存在的主要问题及改进情况");
        assertTrue(r.art20().rules().made() instanceof Cell.NotApplicable);
        assertTrue(r.art20().licensingDecisions() instanceof Cell.NotApplicable);
        assertTrue(r.art20().punishmentDecisions().isUnknown(), "a row that is not there is unknown");
    }

    @Test
    void the2019LayoutKeepsItsOwnColumnsWithSignedChanges() {
        Report r = parse("某某街道办事处2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
                + "第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n21\n+19\n40\n"
                + "其他对外管理服务事项\n0\n-417\n0\n第二十条第(九)项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n2\n12.5\n"
                + "五、存在的主要问题及改进情况");
        assertEquals(ReportFormat.F2019, r.format());
        assertNull(r.art20());
        assertEquals(BigDecimal.valueOf(19), r.art20Format2019().licensing().change().numberOrNull());
        assertEquals(BigDecimal.valueOf(40), r.art20Format2019().licensing().decisions().numberOrNull());
        assertEquals(BigDecimal.valueOf(-417), r.art20Format2019().otherServices().change().numberOrNull());
        assertEquals(new BigDecimal("12.5"), r.art20Format2019().procurement().procurementAmount().numberOrNull());
    }

    @Test
    void traditionalCharactersFullWidthDigitsAndPinyinGlossesAreRead() {
        Report r = parse("一、總體情況\n如需咨詢,請與柞水縣鳳凰鎮(zhèn)人民政府黨政辦公室聯系。本報告中所列數(shù)據(jù)的統計時限為2021年1月1日至2021年12月31日。\n"
                + "二、主動公開政府信息情況\n第二十條第(一)項 | |||\n信息內容 | 本年制發(fā)件數(shù) | 本年廢止件數(shù) | 現(xiàn)行有效件數(shù) |\n"
                + "規(guī)章 | ０ | １ | ２ |\n");
        assertEquals("柞水县凤凰镇人民政府", r.issuer());
        assertEquals("柞水县", r.region().county());
        assertEquals("凤凰镇", r.region().township());
        assertEquals(2021, r.year());
        assertEquals(List.of(num(0), num(1), num(2)),
                List.of(r.art20().rules().made(), r.art20().rules().repealed(), r.art20().rules().inForce()));
    }

    @Test
    void proactiveTotalOnlyWhenTheOverviewStatesOneNumber() {
        assertEquals(262, parse(TITLE + "2024年，我镇累计更新发布信息262条，其中政府信息网站公开35条、融媒体中心信息227条。\n"
                + "二、主动公开政府信息情况").proactiveTotal());
        assertNull(parse(TITLE + "2022年,通过政府门户网站共发布信息18篇;同时,我局在信用公示平台共发布行政许可信息76条。\n"
                + "二、主动公开政府信息情况").proactiveTotal());
        assertNull(parse(TITLE + "全年共收到政府信息公开申请共计81件。\n二、主动公开政府信息情况").proactiveTotal());
        // 淮安 2024: the total is only approximate; the 1 件 of new rules is a part of it, not the total.
        assertNull(parse(TITLE + "2024年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 1 件、"
                + "政策性文件 11 件。\n二、主动公开政府信息情况").proactiveTotal());
    }

    @Test
    void aTableThatIsNotThereIsNullNotZeros() {
        Report r = parse(TITLE + "2024 年以来，我镇主动公开政府信息共 33 条。\n二、主动公开政府信息情况\n\n"
                + "三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n无\n六、其他需要报告的事项\n无");
        assertNull(r.art20());
        assertNull(r.applications());
        assertNull(r.reviewLitigation());
        assertEquals(33, r.proactiveTotal());
        assertEquals(ReportFormat.F2021, r.format());
    }

    @Test
    void theRegionComesOnlyFromTheText() {
        Report r = parse(" 2024 年，我镇严格贯彻落实《中华人民共和国政府信息公开条例》。\n一、总体情况\n目前，\n马营镇人民政府以行政服务大厅窗口受理申请。");
        assertEquals("马营镇人民政府", r.issuer());
        assertEquals("马营镇", r.region().township());
        assertNull(r.region().county());
        assertNull(r.region().city());
        Report r2 = parse("一、工作基本情况\n如对本报告有任何疑问,请与两城镇人民政府党政办公室联系。(地址:微山县两城镇人民政府驻地)\n");
        assertEquals("两城镇人民政府", r2.issuer());
        assertEquals("微山县", r2.region().county());
    }

    @Test
    void theYearIsTheStatisticsPeriodNotThePublicationDate() {
        Report r = parse("广州市荔湾区人民政府南源街道办事处2020年政府信息公开工作年度报告\n发布时间: 2021-01-18\n一、总体情况\n2021年计划……");
        assertEquals(2020, r.year());
        assertEquals("南源街道", r.region().township());
        assertEquals("荔湾区", r.region().county());
        assertEquals("广州市", r.region().city());
    }

    @Test
    void blankCellsOfADoubleSpacedOneCellPerLineTableAreUnknownAndTheValuePlaced() {
        StringBuilder sb = new StringBuilder(TITLE + "三、收到和处理政府信息公开申请情况\n\n");
        for (String cell : List.of("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                "法律服务机构", "其他")) {
            sb.append(cell).append("\n\n");
        }
        sb.append("\n一、本年新收政府信息公开申请数量\n\n\n\n\n\n\n\n 0\n\n二、上年结转政府信息公开申请数量\n\n 1\n\n 0\n\n 0\n\n 0\n\n 0\n\n 0\n\n 1\n\n五、存在的主要问题及改进情况\n");
        Report r = parse(sb.toString());
        List<Cell> row = r.applications().row(ApplicationRow.NEW_RECEIVED);
        assertTrue(row.subList(0, 6).stream().allMatch(Cell::isUnknown), row.toString());
        assertEquals(num(0), r.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertEquals(nums(1, 0, 0, 0, 0, 0, 1), r.applications().row(ApplicationRow.CARRIED_OVER));
    }

    @Test
    void anHtmlTableBlankCellInAFullRowIsNotApplicable() {
        Report r = parse(TITLE + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 1 |  | 0 | 0 | 0 | 0 | 1 |\n"
                + "五、存在的主要问题及改进情况", "html");
        assertEquals(new Cell.NotApplicable(""), r.applications().cell(ApplicationRow.NEW_RECEIVED,
                ApplicantColumn.COMMERCIAL_ENTERPRISE));
        assertEquals(num(1), r.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
    }

    @Test
    void anOldOutlineReportWithoutTablesIsPre2019() {
        Report r = parse("2013年度谢塘镇政府信息公开工作年度报告 | ||\n2013年,我镇认真贯彻落实。 一、政府信息主动公开情况 "
                + "2013年度我镇在主动公开政府信息件数为123件,处理市政府网网上投诉件36只。 三、政府信息公开收费和减免情况");
        assertEquals(ReportFormat.PRE2019, r.format());
        assertEquals(2013, r.year());
        assertEquals(123, r.proactiveTotal());
        assertEquals("谢塘镇", r.issuer());
        assertNull(r.applications());
    }

    @Test
    void blankCellsBetweenKnownCellBoundariesAreNotApplicable() {
        Report r = parse(TITLE + "二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "规章 |  |  | 30 |\n第二十条第（六）项 |\n信息内容 | 本年处理决定数量 |\n行政处罚 | 90 |\n行政强制 |  |\n"
                + "五、存在的主要问题及改进情况", "pdf");
        assertEquals(new Cell.NotApplicable(""), r.art20().rules().made());
        assertEquals(num(30), r.art20().rules().inForce());
        assertEquals(new Cell.NotApplicable(""), r.art20().coercionDecisions());
        assertEquals(num(90), r.art20().punishmentDecisions());
    }

    @Test
    void countyNamesOfOneCharacterAndCountyLevelCitiesWithTownsAreRead() {
        RegionNames names = new RegionNames();
        assertEquals("易县", names.fromIssuer("易县人民政府", "").county());
        assertEquals("海伦市", names.fromIssuer("海伦市海北镇人民政府", "").county());
        assertEquals("旧县镇", names.fromIssuer("某某县旧县镇人民政府", "").township());
        assertEquals("某某县", names.fromIssuer("某某县旧县镇人民政府", "").county());
        assertNull(names.fromIssuer("抚远市自然资源局", "").county(), "a bare 市 may be a prefecture city: not guessed");
        assertNull(names.fromIssuer("平潭综合实验区", "").county(), "a zone is not a county");
    }
}
