package cn.gongkai.render;

import cn.gongkai.site.SitePlan;
import cn.gongkai.site.TestReports;

import java.nio.file.Path;

/** A renderer over the in-code test site, with the built-in theme. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static SitePlan plan() {
        return SitePlan.of(TestReports.content(), TestReports.reports());
    }

    static PageRenderer renderer(Path themesRoot, String theme) {
        return new PageRenderer(plan(), new Templates(Theme.find(themesRoot, theme)), new Markdown(),
                RenderOptions.plain());
    }

    /** The build folder of this test run (the parent of test-classes), for golden-file mismatches. */
    static Path buildFolder() {
        try {
            return Path.of(RenderFixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
