package cn.gongkai.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlTextTest.class.getResourceAsStream("/search/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsAPageExactlyAsTheSearchProbeDoes() throws IOException {
        String expected = resource("tricky-page.expected.txt").stripTrailing();
        assertEquals(expected, HtmlText.extract(resource("tricky-page.html")).text());
    }

    @Test
    void keepsTheTitleWithoutTheBodyAroundIt() throws IOException {
        assertEquals("金乡县卜集镇人民政府 2024 年报告 · 公开年报", HtmlText.extract(resource("tricky-page.html")).title());
    }

    @Test
    void skipsScriptStyleNavHeaderAndFooterCountingNestedOnes() {
        String html = "<p>甲</p><header>乙<nav>丙</nav>丁</header><p>戊</p><footer><nav></nav>己</footer>"
                + "<style>p{}</style><script>if(a<b){}</script>庚";
        assertEquals("甲戊庚", HtmlText.extract(html).text());
    }

    @Test
    void readsSkippedTagNamesInAnyAsciiCaseOnly() {
        String html = "<TITLE>题</Title><HEADER>乙</header><Nav>丙</NAV><SCRIPT>if(a<b){}</Script>甲"
                // U+0130 (capital I with dot) is no "i" to Python's html.parser (str.lower makes it two characters):
                // not a script tag, though String.regionMatches with ignoreCase would say it is
                + "<scr\u0130pt>丁</scr\u0130pt>";
        assertEquals("题甲丁", HtmlText.extract(html).text());
        assertEquals("题", HtmlText.extract(html).title());
    }

    @Test
    void removesWhitespaceAsPythonDoesButKeepsZeroWidthCharacters() {
        assertEquals("卜集镇2024\u200b年", HtmlText.extract("卜 集\u3000镇&nbsp;20\u00a024\n\t\u200b年").text());
    }

    @Test
    void decodesCharacterReferencesAndKeepsUnknownOnes() {
        assertEquals("<a>&中中&unknown;&", HtmlText.extract("&lt;a&gt;&amp;&#20013;&#x4E2D;&unknown;&").text());
    }

    @Test
    void readsStrayAnglesSpacesAndReferencesInOneStretchOfBodyText() {
        // body text is read in one scan until a reference turns up: a stray '<', spaces at either end, and a
        // reference after spaces were dropped must come out as the slow path makes them
        assertEquals("a<b<1中", HtmlText.extract("<p> a < b <1\u3000</p><p>\n中</p>").text());
        assertEquals("<甲&乙", HtmlText.extract("<p>< 甲 &amp;乙 </p>").text());
        assertEquals("T丙&丁", HtmlText.extract("<title>T</title><p>丙 &amp; 丁</p>").text());
    }

    @Test
    void commentsAndDoctypeAreNotText() {
        assertEquals("正文", HtmlText.extract("<!DOCTYPE html><!-- 卜塔集镇 -->正文<!---->").text());
    }

    @Test
    void aPageWithoutTitleHasAnEmptyTitle() {
        assertEquals("", HtmlText.extract("<p>无标题</p>").title());
    }
}
