package cn.gongkai.search;

import cn.gongkai.check.Checker;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.render.Markdown;
import cn.gongkai.render.PageRenderer;
import cn.gongkai.render.RenderOptions;
import cn.gongkai.render.RenderedPage;
import cn.gongkai.render.Templates;
import cn.gongkai.render.Theme;
import cn.gongkai.site.Page;
import cn.gongkai.site.SitePlan;
import cn.gongkai.site.TestReports;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search text read while a page is written is exactly what {@link HtmlText} reads from the written page. */
class HtmlTextStreamTest {

    @Test
    void everySearchedPageOfTheTestSitesReadsAsHtmlTextReadsTheWrittenPage() throws IOException {
        Content c = TestReports.content();
        List<cn.gongkai.model.Report> checked = new Checker().checkAll(c.reports());
        RenderOptions full = new RenderOptions(false, List.of(), (a, b) -> a.year() % 2 == 0 ? null : 0.25, true);
        int pages = assertSameText(SitePlan.of(c, c.reports()), RenderOptions.plain());
        pages += assertSameText(SitePlan.of(c, checked), full);
        // text that must be escaped in the site's title and description (in <title>, in skipped and read places)
        SiteConfig odd = new SiteConfig("门户 <&> \"年报\" 's &amp; 　x", "说明 & <b>", null, "default", "l",
                "发布 &lt;者&gt;");
        pages += assertSameText(SitePlan.of(new Content(odd, c.regions(), c.reports(), c.problems(), c.sourceFiles()),
                checked), full);
        // the sample content: real narrative (Markdown), every table format, missing tables, sources, notes
        Content sample = new ContentLoader(ContentLoader.yamlMapper()).load(Path.of("src/test/resources/content/sample"));
        pages += assertSameText(SitePlan.of(sample, new Checker().checkAll(sample.reports())), full);
        assertTrue(pages > 20, "searched pages compared: " + pages);
    }

    /** Renders every report and region page twice (the second time from the pieces' remembered readings). */
    private static int assertSameText(SitePlan plan, RenderOptions options) {
        PageRenderer renderer = new PageRenderer(plan, new Templates(Theme.find(null, "default")), new Markdown(),
                options);
        int n = 0;
        for (int round = 0; round < 2; round++) {
            for (Page p : renderer.pages()) {
                if (!(p instanceof Page.ReportView || p instanceof Page.Region)) {
                    continue;
                }
                RenderedPage page = renderer.renderPage(p, true);
                assertNull(page.html(), p.path() + ": read while written, not left to HtmlText");
                assertNotNull(page.searchText(), p.path());
                PageText expected = HtmlText.extract(new String(page.utf8(), StandardCharsets.UTF_8));
                assertEquals(expected.title(), page.searchTitle(), p.path());
                assertEquals(expected.text(), new String(page.searchText()), p.path());
                n++;
            }
        }
        return n;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlTextStreamTest.class.getResourceAsStream("/search/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Pages as a writer appends them: markup pieces, escaped values (given unescaped), numbers. */
    private static final List<List<Object>> PAGES = List.of(
            List.of("<!DOCTYPE html>\n<html><head><title>", new Value("年报 <甲> & 乙"), "</title></head><body>",
                    "<header class=\"page-head\"><h1>", new Value("题"), "</h1></header><main><p>", 2024L, "年",
                    new Value("  共 3 件 "), "</p><td", " class=\"", new Value("na/"), "\"", ">", 12L,
                    "<td title=\"", new Value("x > y"), "\">", new Value("“/”"), "</main>"),
            List.of("<p>a &amp; b &lt;c&gt; &#20013;&#x6587; &nbsp;x&unknown; & y &#;</p>",
                    "<!-- <p>not text</p> --><!--> still comment -->z<!- decl >w<?pi x>v",
                    "<nav><p>", new Value("skipped"), "</p></nav><header><nav></nav>in header</header>after",
                    "<a href='x>y'>q</a><br/><title>late title</title>t", "< not a tag </ 1 <3 a<b",
                    "<img src=\"a\"/><footer/>still read<footer>", new Value("gone"), "</footer>end"),
            List.of("<title>", "a", " ", "b", "</title", ">", "<NAV>", 7L, "</NaV", ">x", "&am", "p;", "y&", "lt",
                    ";z", "&", "#", "x4e2d;", "&", "a;", "&&amp;", "k"));

    record Value(String text) {
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void readsPiecesSplitAnywhereAsHtmlTextReadsTheWholePage() throws IOException {
        List<List<Object>> pages = new ArrayList<>(PAGES);
        pages.add(List.of(resource("tricky-page.html").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "")));
        Random random = new Random(5);
        Map<String, HtmlTextStream.Piece> pieces = new HashMap<>();
        HtmlTextStream stream = new HtmlTextStream();
        for (List<Object> page : pages) {
            StringBuilder html = new StringBuilder();
            for (Object o : page) {
                html.append(o instanceof Value v ? escape(v.text()) : o.toString());
            }
            PageText expected = HtmlText.extract(html.toString());
            for (int round = 0; round < 40; round++) {
                stream.reset();
                for (Object o : page) {
                    if (o instanceof Value v) {
                        stream.text(v.text());
                    } else if (o instanceof Long l) {
                        stream.number(l);
                    } else {
                        feedSplit((String) o, random, stream, pieces);
                    }
                }
                assertTrue(stream.finish(), html.toString());
                assertEquals(expected.title(), stream.title(), html.toString());
                assertEquals(expected.text(), new String(stream.text()), html.toString());
            }
        }
    }

    /** {@code s} in random pieces, each appended as a string, a character or a remembered piece. */
    private static void feedSplit(String s, Random random, HtmlTextStream stream, Map<String, HtmlTextStream.Piece> pieces) {
        int i = 0;
        while (i < s.length()) {
            int end = Math.min(s.length(), i + 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
            String part = s.substring(i, end);
            switch (random.nextInt(3)) {
                case 0 -> stream.html(part);
                case 1 -> {
                    for (char ch : part.toCharArray()) {
                        stream.html(ch);
                    }
                }
                default -> stream.html(pieces.computeIfAbsent(part, HtmlTextStream.Piece::new));
            }
            i = end;
        }
    }

    @Test
    void leavesToHtmlTextWhatItCannotReadAhead() {
        for (String html : List.of("<p>x</p><script>a<b</script>y", "<style>p{}</style>", "a &b<c; d", "<p", "x&amp")) {
            HtmlTextStream stream = new HtmlTextStream();
            stream.reset();
            stream.html(html);
            assertFalse(stream.finish(), html);
        }
    }
}
