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
    void readsAPageAsTheSearchProbeDoesWithOneSpaceAtEachBlockBoundary() throws IOException {
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
        assertEquals("甲 戊 庚", HtmlText.extract(html).text());
    }

    @Test
    void readsSkippedTagNamesInAnyAsciiCaseOnly() {
        String html = "<TITLE>题</Title><HEADER>乙</header><Nav>丙</NAV><SCRIPT>if(a<b){}</Script>甲"
                // U+0130 (capital I with dot) is no "i" to Python's html.parser (str.lower makes it two characters):
                // not a script tag, though String.regionMatches with ignoreCase would say it is
                + "<scr\u0130pt>丁</scr\u0130pt>";
        assertEquals("题 甲丁", HtmlText.extract(html).text());
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
        assertEquals("a<b<1 中", HtmlText.extract("<p> a < b <1\u3000</p><p>\n中</p>").text());
        assertEquals("<甲&乙", HtmlText.extract("<p>< 甲 &amp;乙 </p>").text());
        assertEquals("T 丙&丁", HtmlText.extract("<title>T</title><p>丙 &amp; 丁</p>").text());
    }

    @Test
    void keepsOneBoundaryBetweenCellsItemsHeadingsAndParagraphsButNotAroundInlineElements() {
        // a table row: label and figures in cells, the figures never one number; a heading, list items, a line break
        String html = "<table><tr><th>结转下年（件）<th>行政复议（件）</th></tr><tr><td>1<td>2</td><td> </td><td>3</table>"
                + "<h2>二、主动<span>公开</span></h2><ul><li>甲<li><a href=#>乙</a></li></ul>丙<br>丁<div><p></p></div>戊"
                + "<strong>己</strong><time>庚</time>";
        assertEquals("结转下年（件） 行政复议（件） 1 2 3 二、主动公开 甲 乙 丙 丁 戊己庚", HtmlText.extract(html).text());
    }

    @Test
    void noBoundaryBeforeTheFirstTextNorAfterTheLast() {
        assertEquals("甲", HtmlText.extract("<div><p><td>甲</td></p></div><p></p>").text());
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
