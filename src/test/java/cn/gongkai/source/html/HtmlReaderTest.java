package cn.gongkai.source.html;

import cn.gongkai.source.SourceReadException;
import cn.gongkai.source.SourceText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {
    private static final String FILLER = "<p>本报告由某某镇人民政府编制，内容包括总体情况、主动公开政府信息情况等六部分。</p>";
    private final HtmlReader reader = new HtmlReader();

    private List<String> lines(String html) throws SourceReadException {
        SourceText t = reader.read("page.html", Jsoup.parse(html));
        return t.lines().stream().map(l -> l.text()).toList();
    }

    @Test
    void tableRowsBecomePipeLinesWithARowspanCellOnItsFirstRowOnly() throws Exception {
        List<String> l = lines("<html><body>" + FILLER + "<table><tr><td rowspan=2>三、本年度办理结果</td>"
                + "<td colspan=2>（一）予以公开</td><td>22</td></tr><tr><td colspan=2>（二）部分公开</td><td>19</td></tr>"
                + "</table></body></html>");
        assertTrue(l.contains("三、本年度办理结果 | （一）予以公开 | 22 |"), l.toString());
        assertTrue(l.contains("（二）部分公开 | 19 |"), l.toString());
    }

    @Test
    void aLabelSplitOverElementsIsOneCell() throws Exception {
        List<String> l = lines("<body>" + FILLER + "<table><tr><td><p>商业</p><p>企业</p></td><td>结果<br/>纠正</td></tr></table>");
        assertTrue(l.contains("商业 企业 | 结果 纠正 |"), l.toString());
    }

    @Test
    void anEmptyCellStaysAnEmptyStringBetweenSeparators() throws Exception {
        List<String> l = lines("<body>" + FILLER + "<table><tr><td>规章</td><td></td><td>0</td><td>0</td></tr></table>");
        assertTrue(l.contains("规章 |  | 0 | 0 |"), l.toString());
    }

    @Test
    void scriptsAreSkippedAndAScriptOnlyPageIsRefused() throws Exception {
        List<String> l = lines("<body><script>var 主动公开 = 1;</script>" + FILLER + "</body>");
        assertTrue(l.stream().noneMatch(s -> s.contains("var")), l.toString());
        String scripts = "<html><body>" + "<script>load();</script>".repeat(20) + "<div id=app></div></body></html>";
        SourceReadException e = assertThrows(SourceReadException.class, () -> lines(scripts));
        assertTrue(e.getMessage().startsWith("page.html: ") && e.getMessage().contains("scripts"), e.getMessage());
    }

    @Test
    void honoursTheCharsetOfTheMetaTag(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("gbk.html");
        Files.write(f, ("<html><head><meta charset=\"gbk\"><title>卜集镇2024年政府信息公开工作年度报告</title></head><body>"
                + FILLER + "</body></html>").getBytes(Charset.forName("GBK")));
        SourceText t = reader.read(f);
        assertEquals("卜集镇2024年政府信息公开工作年度报告", t.lines().get(0).text());
    }

    @Test
    void aBoldPartHeadingAtTheStartOfAParagraphIsALineOfItsOwn() throws Exception {
        List<String> l = lines("<body>" + FILLER + "<p><strong>一、总体情况</strong>2024年，我镇主动公开政府信息共45条。</p></body>");
        assertTrue(l.contains("一、总体情况"), l.toString());
        assertTrue(l.contains("2024年，我镇主动公开政府信息共45条。"), l.toString());
    }
}
