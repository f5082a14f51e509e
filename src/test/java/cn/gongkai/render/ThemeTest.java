package cn.gongkai.render;

import cn.gongkai.site.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {
    @TempDir
    Path themes;

    private Page page(String path) {
        return RenderFixtures.plan().pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void siteThemeOverridesOneTemplateAndFallsBackForTheRest() throws IOException {
        Path t = themes.resolve("county/templates");
        Files.createDirectories(t);
        Files.writeString(t.resolve("home.ftlh"), "<#import \"layout.ftlh\" as l><@l.page frame=frame><p id=own>本县首页</p></@l.page>");
        Files.createDirectories(themes.resolve("county/static"));
        Files.writeString(themes.resolve("county/static/style.css"), "body{color:#000}");
        PageRenderer r = RenderFixtures.renderer(themes, "county");
        assertTrue(r.render(page("index.html")).contains("<p id=own>本县首页</p>"));
        assertTrue(r.render(page("404.html")).contains("页面不存在"));
        var files = Theme.find(themes, "county").staticFiles();
        assertTrue(new String(files.get("assets/style.css")).equals("body{color:#000}"));
    }

    @Test
    void templateErrorNamesTheTemplate() throws IOException {
        Path t = themes.resolve("broken/templates");
        Files.createDirectories(t);
        Files.writeString(t.resolve("region.ftlh"), "${noSuchThing}");
        PageRenderer r = RenderFixtures.renderer(themes, "broken");
        RenderException e = assertThrows(RenderException.class, () -> r.render(page("regions/shandong/index.html")));
        assertTrue(e.getMessage().contains("region.ftlh"), e.getMessage());
    }

    @Test
    void liveReloadScriptOnlyWhenServing() {
        String built = RenderFixtures.renderer(null, "default").render(page("index.html"));
        assertFalse(built.contains("__gongkai"));
        PageRenderer serving = new PageRenderer(RenderFixtures.plan(), new Templates(Theme.find(null, "default")),
                new Markdown(), new RenderOptions(true, java.util.List.of(), null));
        assertTrue(serving.render(page("index.html")).contains("__gongkai/version"));
    }

    @Test
    void notFoundPageInlinesItsStyleAndLinksTheBaseUrl() {
        var c = cn.gongkai.site.TestReports.content();
        var config = new cn.gongkai.content.SiteConfig("门户", "d", "https://x.gov.cn/nianbao", "default", "l", null);
        var plan = cn.gongkai.site.SitePlan.of(new cn.gongkai.content.Content(config, c.regions(), c.reports(),
                c.problems(), c.sourceFiles()), c.reports());
        String html = new PageRenderer(plan, new Templates(Theme.find(null, "default")), new Markdown(),
                RenderOptions.plain()).render(new Page.NotFound());
        assertTrue(html.contains("<style>"), html);
        assertFalse(html.contains("rel=\"stylesheet\""), html);
        assertTrue(html.contains("href=\"https://x.gov.cn/nianbao/\""), html);
    }
}
