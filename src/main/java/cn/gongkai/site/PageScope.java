package cn.gongkai.site;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;

/**
 * The part of the content a page is made from, as a region folder path: the page can change only when a file
 * in that folder (or below it) changes, or something every page uses (the program, the theme, {@code site.yaml},
 * a region file). {@code ""} means all the content. An incremental build renders again only the pages whose
 * scope changed, so a scope must never be too small: a report's page and its township's pages take the
 * township's parent (the report's checks compare it with its own earlier years, and a township page may show
 * its neighbours); a county, city or province page takes its own folder; the home page, data page and search
 * page take everything.
 */
public final class PageScope {
    private PageScope() {
    }

    /** The folder whose files this page is made from; {@code ""} for all the content. */
    public static String of(Page page, RegionTree regions) {
        if (page instanceof Page.ReportView r) {
            String region = RegionTree.regionPathOf(r.report().id());
            return region == null ? "" : parentOrSelf(region, regions);
        }
        if (page instanceof Page.Region r) {
            return ownView(r.region(), regions);
        }
        if (page instanceof Page.Changes c) {
            return ownView(c.region(), regions);
        }
        if (page instanceof Page.Compare c) {
            return c.region().path();
        }
        return "";
    }

    private static String ownView(RegionInfo region, RegionTree regions) {
        return region.level().compareTo(RegionLevel.TOWNSHIP) >= 0 ? parentOrSelf(region.path(), regions)
                : region.path();
    }

    private static String parentOrSelf(String path, RegionTree regions) {
        RegionInfo r = regions.get(path);
        if (r != null && r.parentPath() != null && regions.get(r.parentPath()) != null) {
            return r.parentPath();
        }
        return path;
    }
}
