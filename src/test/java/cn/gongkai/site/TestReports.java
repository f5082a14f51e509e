package cn.gongkai.site;

import cn.gongkai.content.Content;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reports and content built in code for the site and render tests. */
public final class TestReports {
    private TestReports() {
    }

    public static RegionInfo region(String path, RegionLevel level, String name) {
        int i = path.lastIndexOf('/');
        return new RegionInfo(path, i < 0 ? null : path.substring(0, i), level, name, null, 0, null);
    }

    /** 山东省 › 济宁市 › 金乡县 › 卜集镇, 胡集镇; and 马营镇 with no parents. */
    public static List<RegionInfo> regions() {
        return List.of(
                region("shandong", RegionLevel.PROVINCE, "山东省"),
                region("shandong/jining", RegionLevel.CITY, "济宁市"),
                region("shandong/jining/jinxiang", RegionLevel.COUNTY, "金乡县"),
                region("shandong/jining/jinxiang/buji-zhen", RegionLevel.TOWNSHIP, "卜集镇"),
                region("shandong/jining/jinxiang/huji-zhen", RegionLevel.TOWNSHIP, "胡集镇"),
                new RegionInfo("maying-zhen", null, RegionLevel.TOWNSHIP, "马营镇", null, 0, "报告未说明所属县（区）"));
    }

    /** A complete 2021-format report; {@code n} varies the figures. */
    public static Report report(String id, String issuer, int year, int n) {
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rowsOf(ReportFormat.F2021)) {
            rows.put(r, zeros());
        }
        rows.put(ApplicationRow.NEW_RECEIVED, personRow(n));
        rows.put(ApplicationRow.GRANTED, personRow(n));
        rows.put(ApplicationRow.TOTAL_PROCESSED, personRow(n));
        List<Cell> na = new ArrayList<>(Collections.nCopies(7, Cell.notApplicable()));
        rows.put(ApplicationRow.OTHER_OTHER, na);
        rows.remove(ApplicationRow.DENIED_STATE_SECRET); // a row the source lost: unknown cells
        Map<Section, String> text = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            text.put(s, s.heading() + "：" + issuer + " " + year + " 年的文字。");
        }
        return Report.builder(ReportFormat.F2021)
                .id(id).issuer(issuer).year(year)
                .region(new Region("山东省", "济宁市", "金乡县", null, null))
                .published(LocalDate.of(year + 1, 1, 20))
                .proactiveTotal(30 + n)
                .art20(new Art20(new DocumentCounts(Cell.of(0), Cell.of(0), Cell.of(2)),
                        new DocumentCounts(Cell.of(1), Cell.notApplicable(), Cell.of(7)),
                        Cell.of(100 + n), Cell.notApplicable(), Cell.UNKNOWN, Cell.of(new java.math.BigDecimal("1.5"))))
                .applications(ApplicationTable.of(ReportFormat.F2021, rows))
                .reviewLitigation(new ReviewLitigation(
                        new ReviewOutcome(Cell.of(1), Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(1)),
                        null, new ReviewOutcome(Cell.notApplicable(), Cell.notApplicable(), Cell.notApplicable(),
                        Cell.notApplicable(), Cell.notApplicable())))
                .sections(Sections.of(text))
                .build();
    }

    private static List<Cell> zeros() {
        return new ArrayList<>(Collections.nCopies(ApplicantColumn.values().length, Cell.of(0)));
    }

    private static List<Cell> personRow(int n) {
        List<Cell> r = zeros();
        r.set(ApplicantColumn.NATURAL_PERSON.ordinal(), Cell.of(n));
        r.set(ApplicantColumn.TOTAL.ordinal(), Cell.of(n));
        return r;
    }

    public static List<Report> reports() {
        String jx = "shandong/jining/jinxiang/";
        return List.of(
                report(jx + "buji-zhen/2023", "金乡县卜集镇人民政府", 2023, 3),
                report(jx + "buji-zhen/2024", "金乡县卜集镇人民政府", 2024, 5),
                report(jx + "huji-zhen/2024", "金乡县胡集镇人民政府", 2024, 11),
                report("maying-zhen/2024", "马营镇人民政府", 2024, 7));
    }

    public static Content content() {
        TreeMap<String, String> sources = new TreeMap<>();
        sources.put("shandong/jining/jinxiang/buji-zhen/2024", "shandong/jining/jinxiang/buji-zhen/2024.source.pdf");
        sources.put("gone/2020", "gone/2020.source.txt");
        return new Content(SiteConfig.DEFAULT, regions(), reports(), List.of(), sources);
    }
}
