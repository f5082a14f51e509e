package cn.gongkai.content.generate;

import java.util.List;

/** Every region folder (sorted by path) and every township with its report years (sorted by path). */
record RegionPlan(List<PlannedRegion> regions, List<PlannedTownship> townships) {

    RegionPlan {
        regions = List.copyOf(regions);
        townships = List.copyOf(townships);
    }

    int reportCount() {
        return townships.stream().mapToInt(t -> t.years().size()).sum();
    }
}
