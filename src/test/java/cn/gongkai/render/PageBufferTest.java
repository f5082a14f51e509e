package cn.gongkai.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page's bytes are always the UTF-8 of its text, whatever was appended and however. */
class PageBufferTest {
    /** Longer than the strings encoded one character at a time, with every special character and a pair. */
    private static final String LONG_SPECIAL = "《条例》第二十条 <script>alert('x' & \"y\")</script> 𠀀 二〇二四年度 >";

    private static void write(PageBuffer pb) {
        pb.append("<p>").append("卜集镇 · 2024").append(' ').append('·').append('（').append('é').append('\n');
        pb.append(0).append(-7L).append(1234567890123L).append(Long.MIN_VALUE).append(Long.MAX_VALUE).append(9);
        pb.append((Object) 2024).append((String) null).append("𠀀 U+20000 as a pair");
        pb.appendEscaped("<b>卜集镇&胡集镇\"x\"'y'>").appendEscaped("no escapes here, long enough to be copied")
                .appendEscaped("ends with &").appendEscaped("&").appendEscaped("").appendEscaped(null)
                .appendEscaped("𠀀<𠀀>").appendEscaped(LONG_SPECIAL).append(LONG_SPECIAL);
        Markup.of("<td>二〇二四</td>").appendTo(pb);
    }

    @Test
    void bytesAreTheUtf8OfTheText() {
        PageBuffer both = PageBuffer.page(4);
        write(both);
        StringBuilder expected = new StringBuilder("<p>卜集镇 · 2024 ·（é\n0-71234567890123").append(Long.MIN_VALUE)
                .append(Long.MAX_VALUE).append("92024null𠀀 U+20000 as a pair");
        Html.escape(expected, "<b>卜集镇&胡集镇\"x\"'y'>");
        expected.append("no escapes here, long enough to be copiedends with &amp;&amp;𠀀&lt;𠀀&gt;");
        Html.escape(expected, LONG_SPECIAL);
        expected.append(LONG_SPECIAL).append("<td>二〇二四</td>");
        assertEquals(expected.toString(), both.text());
        assertEquals(expected.toString(), new String(both.bytes(), StandardCharsets.UTF_8));

        PageBuffer bytesOnly = PageBuffer.page(4).reset(false);
        write(bytesOnly);
        assertEquals(expected.toString(), new String(bytesOnly.bytes(), StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, bytesOnly::text);

        // a searched page: bytes, and its search text left to HtmlText (the raw <script> is read ahead there)
        PageBuffer searched = PageBuffer.page(4).resetSearched();
        write(searched);
        RenderedPage page = searched.searchedPage();
        assertEquals(expected.toString(), new String(page.utf8(), StandardCharsets.UTF_8));
        assertEquals(expected.toString(), page.html());
        assertNull(page.searchText());

        PageBuffer textOnly = PageBuffer.text(4);
        write(textOnly);
        assertEquals(expected.toString(), textOnly.text());
        assertThrows(IllegalStateException.class, textOnly::bytes);
    }

    @Test
    void aResetBufferStartsEmptyAndMarkupTakenFromItRepeatsWhatWasAppended() {
        PageBuffer pb = PageBuffer.page(4);
        pb.append("旧的");
        pb.reset(false).append("x");
        long mark = pb.mark();
        pb.append("<tr>").appendEscaped("甲&乙");
        Markup row = pb.since(mark);
        row.appendTo(pb);
        assertEquals("x<tr>甲&amp;乙<tr>甲&amp;乙", new String(pb.bytes(), StandardCharsets.UTF_8));
        assertEquals("<tr>甲&amp;乙", row.toString());
    }

    @Test
    void aSearchedPageKeepsItsBytesAndTheTextAReaderSees() {
        PageBuffer pb = PageBuffer.page(4).resetSearched();
        pb.append("<title>").appendEscaped("题 & 目").append("</title><p class=\"").appendEscaped("不是文字")
                .append("\">").appendEscaped("𠀀<b> 甲").append(2024L).append('年');
        Markup.of("<nav>跳过</nav></p>\n").appendTo(pb);
        RenderedPage page = pb.searchedPage();
        assertEquals("<title>题 &amp; 目</title><p class=\"不是文字\">𠀀&lt;b&gt; 甲2024年<nav>跳过</nav></p>\n",
                new String(page.utf8(), StandardCharsets.UTF_8));
        assertNull(page.html());
        assertEquals("题 & 目", page.searchTitle());
        // one space (a block boundary, index format 11) between the title and the paragraph
        assertEquals("题&目 𠀀<b>甲2024年", new String(page.searchText()));
    }

    @Test
    void aLoneSurrogateCannotBeAppendedAsAChar() {
        assertThrows(IllegalArgumentException.class, () -> PageBuffer.page(4).append('\ud840'));
    }
}
