package cn.gongkai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharactersAnywhereInChineseText() {
        assertEquals("&lt;b&gt;卜集镇&amp;胡集镇&quot;x&quot;&#39;y&#39;",
                Html.escape("<b>卜集镇&胡集镇\"x\"'y'"));
        StringBuilder sb = new StringBuilder("前");
        Html.escape(sb, "《条例》第二十条 <script>");
        assertEquals("前《条例》第二十条 &lt;script&gt;", sb.toString());
    }

    @Test
    void returnsTextWithoutSpecialCharactersUnchanged() {
        String s = "主动公开政府信息情况（《条例》第二十条）";
        assertSame(s, Html.escape(s));
        StringBuilder sb = new StringBuilder();
        Html.escape(sb, null);
        assertEquals("", sb.toString());
    }
}
