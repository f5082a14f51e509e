package cn.gongkai.render;

import cn.gongkai.check.Checker;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.model.Report;
import cn.gongkai.site.Page;
import cn.gongkai.site.SitePlan;
import cn.gongkai.site.TestReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in theme's pages written in Java are exactly what the templates write. */
class BuiltInPagesTest {
    private static final Set<String> WRITTEN = Set.of("report.ftlh", "region.ftlh", "changes.ftlh", "compare.ftlh",
            "home.ftlh");

    @TempDir
    Path themes;

    @Test
    void builtInTemplatesAreTheTextsTheJavaPagesWereWrittenFrom() throws IOException {
        for (Map.Entry<String, Long> e : BuiltInPages.MIRRORED.entrySet()) {
            String name = e.getKey();
            String text;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(Theme.BUILT_IN + "/templates/" + name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(Long.toHexString(e.getValue()), Long.toHexString(BuiltInPages.crc(text)),
                    name + " changed: make BuiltInPages write what it now writes, then record its new CRC-32");
        }
        assertEquals(WRITTEN, new Templates(Theme.find(null, "default")).builtInPages());
    }

    @Test
    void everyPageOfTheTestSitesIsWrittenAsItsTemplateWritesIt() throws IOException {
        Content c = TestReports.content();
        assertSamePages(SitePlan.of(c, c.reports()), RenderOptions.plain());
        // data links, text reuse, diagnostics: the checked reports with every option on
        List<Report> checked = new Checker().checkAll(c.reports());
        RenderOptions full = new RenderOptions(false, List.of(), (a, b) -> a.year() % 2 == 0 ? null : 0.25, true);
        assertSamePages(SitePlan.of(c, checked), full);
        // no description or publisher; text that must be escaped in the site's title
        SiteConfig odd = new SiteConfig("门户 <&> \"年报\" 's", null, null, "default", "l", null);
        Content oddContent = new Content(odd, c.regions(), c.reports(), c.problems(), c.sourceFiles());
        assertSamePages(SitePlan.of(oddContent, checked), full);
        // the sample content: real text, tables of every format, missing tables, sources, notes
        Content sample = new ContentLoader(ContentLoader.yamlMapper()).load(Path.of("src/test/resources/content/sample"));
        assertSamePages(SitePlan.of(sample, new Checker().checkAll(sample.reports())), full);
    }

    private static void assertSamePages(SitePlan plan, RenderOptions options) {
        Theme theme = Theme.find(null, "default");
        PageRenderer java = new PageRenderer(plan, new Templates(theme), new Markdown(), options);
        PageRenderer templates = new PageRenderer(plan, new Templates(theme, false), new Markdown(), options);
        int written = 0;
        for (Page p : java.pages()) {
            String expected = templates.render(p);
            assertEquals(expected, java.render(p), p.path());
            // written straight to bytes, with and without the search text: the bytes are the text's UTF-8 (a page
            // whose search text is read as it is written has no text; HtmlTextStreamTest checks that reading)
            RenderedPage withText = java.renderPage(p, true);
            if (withText.html() != null) {
                assertEquals(expected, withText.html(), p.path());
            }
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), withText.utf8(), p.path());
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), java.renderPage(p, false).utf8(), p.path());
            written += p instanceof Page.ReportView || p instanceof Page.Region || p instanceof Page.Changes
                    || p instanceof Page.Compare || p instanceof Page.Home ? 1 : 0;
        }
        assertTrue(written > 5, "pages compared: " + written);
    }

    @Test
    void aThemeOverridingATemplateOrTheLayoutRunsItsTemplates() throws IOException {
        Path t = themes.resolve("county/templates");
        Files.createDirectories(t);
        String report;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Theme.BUILT_IN + "/templates/report.ftlh")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(t.resolve("report.ftlh"), report.replace("<h1>${title}</h1>", "<h1 id=own>${title}</h1>"));
        Templates county = new Templates(Theme.find(themes, "county"));
        assertEquals(Set.of("region.ftlh", "changes.ftlh", "compare.ftlh", "home.ftlh"), county.builtInPages());
        PageRenderer r = new PageRenderer(RenderFixtures.plan(), county, new Markdown(), RenderOptions.plain());
        Page page = RenderFixtures.plan().pages().stream().filter(p -> p instanceof Page.ReportView).findFirst()
                .orElseThrow();
        assertTrue(r.render(page).contains("<h1 id=own>"));

        Files.writeString(t.resolve("layout.ftlh"), "<#macro page frame><main><#nested></main></#macro>"
                + "<#macro grid g>${g.html()?no_esc}</#macro><#macro legend></#macro><#macro chart c></#macro>"
                + "<#macro checks n e w></#macro>");
        Templates own = new Templates(Theme.find(themes, "county"));
        assertTrue(own.builtInPages().isEmpty());
        Page region = RenderFixtures.plan().pages().stream().filter(p -> p instanceof Page.Region).findFirst()
                .orElseThrow();
        String html = new PageRenderer(RenderFixtures.plan(), own, new Markdown(), RenderOptions.plain()).render(region);
        assertTrue(html.startsWith("<main>"), html);
        assertFalse(html.contains("<!DOCTYPE"), html);
    }
}
