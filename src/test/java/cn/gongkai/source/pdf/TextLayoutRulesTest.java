package cn.gongkai.source.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Page numbers, and tables drawn without borders. */
class TextLayoutRulesTest {

    private static List<String> texts(List<PageBlock> blocks) {
        return blocks.stream().map(PageBlock::text).toList();
    }

    private static List<String> afterDroppingPageNumbers(String... lines) {
        List<PageBlock> page = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            page.add(PageBlock.prose(100 + 20 * i, lines[i]));
        }
        PageNumbers.drop(page);
        return texts(page);
    }

    @Test
    void dropsPageNumberLines() {
        assertEquals(List.of("正文"), afterDroppingPageNumbers("正文", "-1-"));
        assertEquals(List.of("正文"), afterDroppingPageNumbers("- 6 -", "正文"));
        assertEquals(List.of("正文"), afterDroppingPageNumbers("正文", "— 2 —"));
        assertEquals(List.of("正文"), afterDroppingPageNumbers("正文", "第 3 页 共 6 页"));
        assertEquals(List.of("正文"), afterDroppingPageNumbers("正文", "4"));
    }

    @Test
    void keepsNumbersThatAreContent() {
        assertEquals(List.of("正文", "33", "正文"), afterDroppingPageNumbers("正文", "33", "正文"));
        assertEquals(List.of("正文", "2024年"), afterDroppingPageNumbers("正文", "2024年"));
    }

    @Test
    void rebuildsABorderlessTableWithABlankCellInItsColumn() {
        List<List<Glyph>> lines = new ArrayList<>();
        lines.add(line("规章", "1", "0", "11"));
        lines.add(line("行政规范性文件", "8", null, "66"));
        assertEquals(List.of("规章 | 1 | 0 | 11 |", "行政规范性文件 | 8 |  | 66 |"),
                texts(BorderlessTables.blocks(lines)));
    }

    @Test
    void joinsARowWhoseValuesSitOnTwoLines() {
        List<List<Glyph>> lines = new ArrayList<>();
        lines.add(line("（一）予以公开", "1", "0", "1"));
        lines.add(line("（二）部分公开（区分", null, null, "7"));
        lines.add(line("", "3", "4", null));
        lines.add(line("处理的）", null, null, null));
        assertEquals(List.of("（一）予以公开 | 1 | 0 | 1 |", "（二）部分公开（区分 | 3 | 4 | 7 |", "处理的）"),
                texts(BorderlessTables.blocks(lines)));
    }

    @Test
    void leavesLinesAsTextWhenTheColumnsDoNotLineUp() {
        List<List<Glyph>> lines = new ArrayList<>();
        lines.add(line("规章", "1", "0", "11"));
        List<Glyph> skewed = new ArrayList<>(Glyphs.at("行政规范性文件", 50, 134));
        skewed.addAll(Glyphs.at("8", 200, 134));
        skewed.addAll(Glyphs.at("26", 222, 134));
        lines.add(skewed);
        assertEquals(List.of("规章 1 0 11", "行政规范性文件 8 26"), texts(BorderlessTables.blocks(lines)));
    }

    private double baseline = 100;

    /** A text line with a label at x=50 and values in columns at x=200, 250, 300 (null = blank). */
    private List<Glyph> line(String label, String a, String b, String c) {
        baseline += 14;
        List<Glyph> g = new ArrayList<>(Glyphs.at(label, 50, baseline));
        String[] values = {a, b, c};
        for (int i = 0; i < 3; i++) {
            if (values[i] != null) {
                g.addAll(Glyphs.at(values[i], 200 + 50 * i, baseline, 10, 5));
            }
        }
        return g;
    }
}
