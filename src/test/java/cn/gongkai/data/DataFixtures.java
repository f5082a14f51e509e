package cn.gongkai.data;

import cn.gongkai.content.Content;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;
import cn.gongkai.model.SourceRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small fixed portal built in code for the data tests: six reports in four region folders covering numbers,
 * {@code /} (written as /, — and a blank cell), unknown cells, rows and tables, decimals, the 2019 format with
 * a negative change, a pre-2019 report, a county's own report, a township without parent folders, and reports
 * with diagnostics. The figures are invented for the tests; they are not taken from a real report.
 */
final class DataFixtures {
    private DataFixtures() {
    }

    static final Region BUJI = new Region("山东省", "济宁市", "金乡县", "卜集镇", "370828105000");
    static final Region HUJI = new Region("山东省", "济宁市", "金乡县", "胡集镇", null);
    static final Region JINXIANG = new Region("山东省", "济宁市", "金乡县", null, "370828000000");
    static final Region MAYING = new Region(null, null, null, "马营镇", null);

    static Content content() {
        List<RegionInfo> regions = List.of(
                new RegionInfo("maying-zhen", null, RegionLevel.TOWNSHIP, "马营镇", null, 1, "报告未说明所属县（区）"),
                new RegionInfo("shandong", null, RegionLevel.PROVINCE, "山东省", "370000000000", 1, null),
                new RegionInfo("shandong/jining", "shandong", RegionLevel.CITY, "济宁市", "370800000000", 1, null),
                new RegionInfo("shandong/jining/jinxiang", "shandong/jining", RegionLevel.COUNTY, "金乡县",
                        "370828000000", 1, null),
                new RegionInfo("shandong/jining/jinxiang/buji-zhen", "shandong/jining/jinxiang", RegionLevel.TOWNSHIP,
                        "卜集镇", "370828105000", 3, null),
                new RegionInfo("shandong/jining/jinxiang/huji-zhen", "shandong/jining/jinxiang", RegionLevel.TOWNSHIP,
                        "胡集镇", null, 2, null));
        SiteConfig config = new SiteConfig("金乡县政府信息公开工作年度报告", "金乡县各乡镇的政府信息公开工作年度报告。",
                null, "default", "数据来自各行政机关公开发布的年度报告，可自由使用，请注明来源。", "金乡县人民政府办公室");
        return new Content(config, regions, reports(), List.of(), new TreeMap<>());
    }

    /** The six reports, deliberately not in id order. */
    static List<Report> reports() {
        return List.of(buji2024(), maying2024(), huji2019(), buji2023(), jinxiang2024(), huji2017());
    }

    /** 2021 format with every kind of cell, a decimal fee, source, provenance and check results. */
    static Report buji2024() {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        rows.put(ApplicationRow.NEW_RECEIVED, cells(3, 0, 0, 0, 0, 0, 3));
        rows.put(ApplicationRow.CARRIED_OVER, cells(0, 0, 0, 0, 0, 0, 0));
        rows.put(ApplicationRow.GRANTED, cells(2, 0, 0, 0, 0, 0, 2));
        rows.put(ApplicationRow.PARTIALLY_GRANTED, cells(0, "/", "—", "", 0, 0, 0));
        rows.put(ApplicationRow.UNABLE_NOT_HELD, cells(1, 0, 0, 0, 0, 0, 1));
        rows.put(ApplicationRow.TOTAL_PROCESSED, cells(3, 0, 0, 0, 0, 0, 4));
        rows.put(ApplicationRow.CARRIED_FORWARD, cells(0, 0, 0, 0, 0, 0, 0));
        return Report.builder(ReportFormat.F2021)
                .id("shandong/jining/jinxiang/buji-zhen/2024")
                .issuer("金乡县卜集镇人民政府")
                .region(BUJI)
                .year(2024)
                .proactiveTotal(33)
                .art20(new Art20(new DocumentCounts(Cell.of(0), Cell.of(0), Cell.notApplicable()),
                        new DocumentCounts(Cell.of(0), Cell.of(1), Cell.of(3)),
                        Cell.of(12), new Cell.NotApplicable("—"), Cell.UNKNOWN,
                        new Cell.Num(new BigDecimal("0.35"), "0.35")))
                .applications(ApplicationTable.of(ReportFormat.F2021, rows))
                .reviewLitigation(ReviewLitigation.of(cells(0, 0, 0, 0, 0, 1, 0, 0, 0, 1, "/", "/", "/", "/", "/")))
                .sections(sections("本年度，卜集镇主动公开政府信息 33 条，\"重点领域\"信息 12 条。\n\n"
                        + "<script>alert(1)</script>", "见下表。", "共收到申请 3 件。", "无。", "个别栏目更新不及时。", "无。"))
                .source(new SourceRef("text", "2024.source.txt",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "http://www.jinxiang.gov.cn/art/2025/1/20/art_1.html"))
                .published(LocalDate.of(2025, 1, 20))
                .diagnostic(Diagnostic.error("applications-row-total",
                        "总计列为 4，但六类申请人合计为 3", "applications.total_processed.total"))
                .diagnostic(Diagnostic.warning("row-missing",
                        "三（三）至三（六）共 18 行没有数字，按未知处理", "applications"))
                .provenance("applications.new_received.total", "line 41")
                .provenance("art20.fee_income_10k_yuan", "line 18")
                .build();
    }

    /** 2021 format, earlier year: part 二 and part 四 absent, all applications zero, no source. */
    static Report buji2023() {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.F2021)) {
            rows.put(row, Collections.nCopies(ApplicantColumn.values().length, Cell.of(0)));
        }
        return Report.builder(ReportFormat.F2021)
                .id("shandong/jining/jinxiang/buji-zhen/2023")
                .issuer("金乡县卜集镇人民政府")
                .region(BUJI)
                .year(2023)
                .applications(ApplicationTable.of(ReportFormat.F2021, rows))
                .sections(sections("2023 年，卜集镇未收到政府信息公开申请。", null, null, null, null, null))
                .diagnostic(Diagnostic.warning("table-missing", "报告没有第二部分和第四部分的表格", "art20, review_litigation"))
                .build();
    }

    /** The 2019 trial format: its own part-二 columns, a negative change, a decimal amount, other_total. */
    static Report huji2019() {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rowsOf(ReportFormat.F2019)) {
            rows.put(row, Collections.nCopies(ApplicantColumn.values().length, Cell.of(0)));
        }
        rows.put(ApplicationRow.OTHER_TOTAL, cells(1, 0, 0, 0, 0, 0, 1));
        rows.put(ApplicationRow.NEW_RECEIVED, cells(1, 0, 0, 0, 0, 0, 1));
        rows.put(ApplicationRow.TOTAL_PROCESSED, cells(1, 0, 0, 0, 0, 0, 1));
        return Report.builder(ReportFormat.F2019)
                .id("shandong/jining/jinxiang/huji-zhen/2019")
                .issuer("金乡县胡集镇人民政府")
                .region(HUJI)
                .year(2019)
                .proactiveTotal(120)
                .art20Format2019(new Art20Format2019(
                        new Art20Format2019.Published(Cell.of(0), Cell.of(0), Cell.of(0)),
                        new Art20Format2019.Published(Cell.of(0), Cell.of(8), Cell.of(8)),
                        new Art20Format2019.Items(Cell.of(716), Cell.of(-417), Cell.of(298)),
                        new Art20Format2019.Items(Cell.of(0), Cell.of(0), Cell.of(0)),
                        new Art20Format2019.Items(Cell.of(3), Cell.of(6), Cell.of(9)),
                        new Art20Format2019.Items(Cell.notApplicable(), Cell.notApplicable(), Cell.notApplicable()),
                        new Art20Format2019.Fees(Cell.of(0), Cell.of(0)),
                        new Art20Format2019.Procurement(Cell.of(2), new Cell.Num(new BigDecimal("35.5"), "35.50"))))
                .applications(ApplicationTable.of(ReportFormat.F2019, rows))
                .reviewLitigation(ReviewLitigation.of(cells(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .sections(sections("2019 年胡集镇主动公开政府信息 120 条。", "规范性文件 8 件。", "收到申请 1 件。",
                        "无。", "公开内容不够全面。", "无。"))
                .published(LocalDate.of(2020, 1, 31))
                .build();
    }

    /** Before 2019: text only, no tables at all. */
    static Report huji2017() {
        return Report.builder(ReportFormat.PRE2019)
                .id("shandong/jining/jinxiang/huji-zhen/2017")
                .issuer("金乡县胡集镇人民政府")
                .region(HUJI)
                .year(2017)
                .sections(sections("2017 年，胡集镇认真贯彻《政府信息公开条例》。", null, null, null, null, null))
                .build();
    }

    /** A county's own report, in the county folder. */
    static Report jinxiang2024() {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        rows.put(ApplicationRow.NEW_RECEIVED, cells(25, 3, 0, 0, 1, 0, 29));
        rows.put(ApplicationRow.CARRIED_OVER, cells(2, 0, 0, 0, 0, 0, 2));
        return Report.builder(ReportFormat.F2021)
                .id("shandong/jining/jinxiang/2024")
                .issuer("金乡县人民政府")
                .region(JINXIANG)
                .year(2024)
                .proactiveTotal(1520)
                .art20(new Art20(new DocumentCounts(Cell.of(1), Cell.of(0), Cell.of(5)),
                        new DocumentCounts(Cell.of(6), Cell.of(2), Cell.of(40)),
                        Cell.of(8231), Cell.of(402), Cell.of(17), new Cell.Num(new BigDecimal("1024.6"), "1024.60")))
                .applications(ApplicationTable.of(ReportFormat.F2021, rows))
                .reviewLitigation(ReviewLitigation.of(cells(1, 0, 0, 0, 1, 2, 0, 0, 1, 3, 0, 0, 0, 0, 0)))
                .sections(sections("金乡县 2024 年政府信息公开工作总体情况。", null, null, null, null, null))
                .source(new SourceRef("pdf", null, null, "http://www.jinxiang.gov.cn/2024.pdf"))
                .build();
    }

    /** A township whose county the report does not state: tables lost, only part 四 read. */
    static Report maying2024() {
        return Report.builder(ReportFormat.F2021)
                .id("maying-zhen/2024")
                .issuer("马营镇人民政府")
                .region(MAYING)
                .year(2024)
                .reviewLitigation(new ReviewLitigation(ReviewOutcome.of(cells(0, 0, 0, 0, 0)), null, null))
                .sections(sections("马营镇 2024 年度报告。", null, null, null, null, null))
                .diagnostic(Diagnostic.warning("table-missing", "第二、三部分的表格无法读出", "page 2"))
                .diagnostic(Diagnostic.info("region-unstated", "报告未说明所属县（区）", null))
                .build();
    }

    /**
     * Cells from short values: an Integer is a count, a BigDecimal a decimal, "/" or "—" not applicable as
     * written, "" a blank not-applicable cell, null unknown.
     */
    static List<Cell> cells(Object... values) {
        List<Cell> out = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                out.add(Cell.UNKNOWN);
            } else if (v instanceof Integer i) {
                out.add(Cell.of(i));
            } else if (v instanceof BigDecimal d) {
                out.add(Cell.of(d));
            } else {
                out.add(new Cell.NotApplicable((String) v));
            }
        }
        return out;
    }

    private static Sections sections(String... text) {
        Map<Section, String> m = new EnumMap<>(Section.class);
        for (int i = 0; i < text.length; i++) {
            m.put(Section.values()[i], text[i]);
        }
        return Sections.of(m);
    }
}
