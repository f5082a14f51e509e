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

    /** The fast path for plain paragraphs must give exactly what flexmark gives. */
    @Test
    void plainParagraphFastPathAgreesWithTheParser() {
        String[] texts = {
            "2024年，卜集镇严格按照《条例》要求，\n紧密围绕镇域核心任务。\n\n（一）主动公开情况\n共 33 条。",
            "  本报告所列数据的统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。  \n\n\n第二段\"引号\"。",
            "一行",
            "　全角空格开头的段落。\n   三个空格开头的续行。",
            "1. 列表",
            "1．全角句点不是列表。",
            "- 列表项",
            "# 标题",
            "    代码块",
            "含 <b>标签</b> 的文字",
            "A & B",
            "网址 http://www.jinxiang.gov.cn/ 查阅",
            "行尾两个空格  \n下一行",
            "表格 | 列",
            "2024年，全年受理 12 件。\n2）括号编号",
        };
        for (String t : texts) {
            assertEquals(md.toHtmlByParser(t), md.toHtml(t), t);
        }
    }
}
