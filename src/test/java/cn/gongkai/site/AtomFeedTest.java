package cn.gongkai.site;

import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomFeedTest {
    @Test
    void listsNewestReportsFirstWithAbsoluteLinksWhenTheBaseUrlIsKnown() {
        SiteConfig c = new SiteConfig("县<政务>公开", "d", "https://example.gov.cn/nianbao/", "default", "l", null);
        String xml = AtomFeed.xml(c, TestReports.reports());
        assertTrue(xml.contains("<title>县&lt;政务&gt;公开</title>"), xml);
        assertTrue(xml.indexOf("2025-01-20") < xml.indexOf("2024-01-20"), xml);
        assertTrue(xml.contains("href=\"https://example.gov.cn/nianbao/reports/maying-zhen/2024/\""), xml);
        assertTrue(xml.contains("<updated>2025-01-20T00:00:00Z</updated>"));
    }

    @Test
    void sitemapSkipsThe404PageAndRobotsNamesItOnlyWithABaseUrl() {
        String xml = Sitemap.xml(null, List.of("index.html", "404.html", "reports/a/2024/index.html"));
        assertFalse(xml.contains("404"));
        assertTrue(xml.contains("<loc>reports/a/2024/</loc>"));
        assertFalse(Sitemap.robots(null).contains("Sitemap:"));
        assertTrue(Sitemap.robots("https://x.cn").contains("Sitemap: https://x.cn/sitemap.xml"));
    }

    @Test
    void sumsAreLowerBoundsWhenAReportDoesNotStateTheFigure() {
        CellSum s = CellSum.of(List.of(Cell.of(3), Cell.UNKNOWN, Cell.notApplicable(), Cell.of(4)));
        assertEquals(7, s.sum().intValue());
        assertFalse(s.isComplete());
        assertEquals(1, s.notApplicable());
        assertTrue(CellSum.of(List.of(Cell.of(1), Cell.notApplicable())).isComplete());
    }
}
