package cn.gongkai.cli;

import cn.gongkai.site.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderOrderTest {

    @Test
    void rendersOneOffAndComparisonPagesFirstThenTheRestInPlanOrder() {
        // the plan's order: home, regions with their reports and year-over-year pages, comparisons, search, 404
        List<Page> plan = List.of(
                new Page.Home(),                                   // 0
                new Page.Region(null),                             // 1
                new Page.ReportView(null, null, null, null),       // 2
                new Page.Changes(null),                            // 3
                new Page.Compare(null, 2024, List.of()),           // 4
                new Page.Region(null),                             // 5
                new Page.ReportView(null, null, null, null),       // 6
                new Page.Compare(null, 2023, List.of()),           // 7
                new Page.Search(),                                 // 8
                new Page.NotFound());                              // 9

        assertEquals(List.of(0, 4, 7, 8, 9, 1, 2, 3, 5, 6), SiteBuild.renderOrder(plan));
    }

    @Test
    void everyPageIsRenderedExactlyOnce() {
        List<Page> plan = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            plan.add(i % 7 == 0 ? new Page.Compare(null, i, List.of()) : new Page.ReportView(null, null, null, null));
        }
        plan.add(new Page.Search());

        List<Integer> order = new ArrayList<>(SiteBuild.renderOrder(plan));
        order.sort(null);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            all.add(i);
        }
        assertEquals(all, order);
    }
}
