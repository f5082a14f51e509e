package cn.gongkai.site;

import cn.gongkai.content.RegionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePlanTest {
    private final SitePlan plan = SitePlan.of(TestReports.content(), TestReports.reports());

    private List<String> paths() {
        return plan.pages().stream().map(Page::path).toList();
    }

    @Test
    void plansHomeRegionsReportsChangesComparisonsAndFixedPages() {
        assertEquals(List.of(
                "index.html",
                "regions/shandong/index.html",
                "regions/shandong/jining/index.html",
                "regions/shandong/jining/jinxiang/index.html",
                "regions/shandong/jining/jinxiang/compare/2023/index.html",
                "regions/shandong/jining/jinxiang/compare/2024/index.html",
                "regions/shandong/jining/jinxiang/buji-zhen/index.html",
                "reports/shandong/jining/jinxiang/buji-zhen/2023/index.html",
                "reports/shandong/jining/jinxiang/buji-zhen/2024/index.html",
                "regions/shandong/jining/jinxiang/buji-zhen/changes/index.html",
                "regions/shandong/jining/jinxiang/huji-zhen/index.html",
                "reports/shandong/jining/jinxiang/huji-zhen/2024/index.html",
                "regions/shandong/jining/jinxiang/huji-zhen/changes/index.html",
                "regions/maying-zhen/index.html",
                "reports/maying-zhen/2024/index.html",
                "regions/maying-zhen/changes/index.html",
                "data/index.html", "search/index.html", "404.html"), paths());
    }

    @Test
    void comparisonListsEveryChildWithAReportThatYear() {
        Page.Compare c = plan.pages().stream().filter(p -> p instanceof Page.Compare).map(p -> (Page.Compare) p)
                .filter(p -> p.year() == 2024).findFirst().orElseThrow();
        assertEquals(List.of("shandong/jining/jinxiang/buji-zhen/2024", "shandong/jining/jinxiang/huji-zhen/2024"),
                c.reports().stream().map(r -> r.id()).toList());
    }

    @Test
    void reportPagesKnowTheirNeighbouringYears() {
        Page.ReportView v = plan.pages().stream().filter(p -> p instanceof Page.ReportView)
                .map(p -> (Page.ReportView) p).filter(p -> p.report().year() == 2024
                        && p.report().id().contains("buji")).findFirst().orElseThrow();
        assertEquals(2023, v.previous().year());
        assertNull(v.next());
        assertEquals("sources/shandong/jining/jinxiang/buji-zhen/2024.pdf", v.sourcePath());
    }

    @Test
    void publishesSourcesOnlyOfReportsThatLoaded() {
        assertEquals(List.of("shandong/jining/jinxiang/buji-zhen/2024"), List.copyOf(plan.sources().keySet()));
    }

    @Test
    void neverInventsAMissingCounty() {
        assertNull(plan.regions().ancestorAt("maying-zhen", RegionLevel.COUNTY));
        assertEquals("金乡县", plan.regions().ancestorAt("shandong/jining/jinxiang/huji-zhen", RegionLevel.COUNTY).name());
        assertEquals(2024, plan.latestYear());
    }

    @Test
    void relativeLinksWorkAtAnyDepth() {
        assertEquals("", SitePaths.root("index.html"));
        assertEquals("../../", SitePaths.root("reports/maying-zhen/index.html"));
        assertEquals("../../", SitePaths.href("../../", "index.html"));
        assertEquals("./", SitePaths.href("", "index.html"));
        assertEquals("../data/", SitePaths.href("../", "data/index.html"));
        assertEquals("../feed.xml", SitePaths.href("../", "feed.xml"));
        assertEquals("https://x.gov.cn/nianbao/reports/a/2024/",
                SitePaths.absolute("https://x.gov.cn/nianbao", "reports/a/2024/index.html"));
        assertTrue(SitePaths.source("a/2024", "a/2024.source.PDF").endsWith(".pdf"));
    }
}
