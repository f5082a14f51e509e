package cn.gongkai.source.text;

import cn.gongkai.source.SourceReadException;
import cn.gongkai.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReaderTest {
    private final TextReader reader = new TextReader();

    @Test
    void readsUtf8LinesWithTheirLineNumbers() throws Exception {
        SourceText t = reader.read("a.txt", "标题\r\n\r\n规章 0 0 0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("text", t.kind());
        assertEquals("规章 0 0 0", t.lines().get(2).text());
        assertEquals("line 3", t.lines().get(2).location());
    }

    @Test
    void dropsTheByteOrderMark() throws Exception {
        SourceText t = reader.read("a.txt", "\uFEFF一、总体情况".getBytes(StandardCharsets.UTF_8));
        assertEquals("一、总体情况", t.lines().get(0).text());
    }

    @Test
    void refusesGbkTextInsteadOfReadingMojibake() {
        byte[] gbk = "金乡县卜集镇人民政府2024年政府信息公开工作年度报告".getBytes(Charset.forName("GBK"));
        SourceReadException e = assertThrows(SourceReadException.class, () -> reader.read("gbk.txt", gbk));
        assertTrue(e.getMessage().startsWith("gbk.txt: ") && e.getMessage().contains("GBK"), e.getMessage());
    }

    @Test
    void refusesBinaryAndEmptyFiles() {
        assertTrue(assertThrows(SourceReadException.class, () -> reader.read("x.txt", new byte[]{1, 2, 0, 4}))
                .getMessage().contains("binary"));
        assertTrue(assertThrows(SourceReadException.class, () -> reader.read("x.txt", " \n ".getBytes()))
                .getMessage().contains("empty"));
    }
}
