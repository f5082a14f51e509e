package cn.gongkai.site;

import cn.gongkai.content.RegionInfo;
import cn.gongkai.model.Report;

import java.util.List;

/** One HTML page of the portal: where it goes and what it shows. */
public sealed interface Page {

    /** Output path relative to the site root, e.g. {@code reports/a/b/2024/index.html}. */
    String path();

    /** The portal's front page: what it is, the regions, latest reports, county totals for the latest year. */
    record Home() implements Page {
        public String path() {
            return SitePaths.HOME;
        }
    }

    /** A province, city, county or township: its child regions and its own reports. */
    record Region(RegionInfo region) implements Page {
        public String path() {
            return SitePaths.region(region.path());
        }
    }

    /** One report; {@code previous}/{@code next} are the same region's neighbouring years, or null. */
    record ReportView(Report report, Report previous, Report next, String sourcePath) implements Page {
        public String path() {
            return SitePaths.report(report.id());
        }
    }

    /** Year over year for one region that has reports: every figure by year with the change. */
    record Changes(RegionInfo region) implements Page {
        public String path() {
            return SitePaths.changes(region.path());
        }
    }

    /** The child regions of one region side by side for one year. */
    record Compare(RegionInfo region, int year, List<Report> reports) implements Page {
        public String path() {
            return SitePaths.compare(region.path(), year);
        }
    }

    /** What each download contains. */
    record Data() implements Page {
        public String path() {
            return SitePaths.DATA;
        }
    }

    /** The search page (template and script by the search stage). */
    record Search() implements Page {
        public String path() {
            return SitePaths.SEARCH;
        }
    }

    record NotFound() implements Page {
        public String path() {
            return SitePaths.NOT_FOUND;
        }
    }
}
