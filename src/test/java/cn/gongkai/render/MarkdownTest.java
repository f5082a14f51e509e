package cn.gongkai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {
    private final Markdown md = new Markdown();

    @Test
    void escapesHtmlInNarrative() {
        String html = md.toHtml("公开了<script>alert(1)</script>通知。\n\n<div onclick=\"x()\">块</div>");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void dropsScriptLinks() {
        String html = md.toHtml("[点我](javascript:alert(1)) 和 [门户](http://www.jinxiang.gov.cn/)");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"http://www.jinxiang.gov.cn/\""), html);
    }

    @Test
    void rendersParagraphsAndNothingForMissingText() {
        assertEquals("<p>一、总体情况</p>\n", md.toHtml("一、总体情况"));
        assertEquals("", md.toHtml(null));
    }
}
