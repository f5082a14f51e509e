package cn.gongkai.source.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ruled tables rebuilt from borders and glyph positions, on made-up pages. */
class PageLayoutTest {

    /** A table's borders: horizontal lines at ys across xs, vertical lines at xs down ys, minus some pieces. */
    private static List<Ruling> grid(double[] xs, double[] ys) {
        List<Ruling> r = new ArrayList<>();
        for (double y : ys) {
            r.add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
        }
        for (double x : xs) {
            r.add(new Ruling(false, x, ys[0], ys[ys.length - 1]));
        }
        return r;
    }

    private static List<String> texts(List<PageBlock> blocks) {
        return blocks.stream().map(PageBlock::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void printsAMergedCellOnTheFirstRowItSpansOnly() {
        double[] xs = {50, 150, 250, 300};
        double[] ys = {100, 120, 140, 160};
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ys) {
            // The borders between rows stop at x=150: the first column is one cell over all three rows.
            rulings.add(new Ruling(true, y, y == 100 || y == 160 ? 50 : 150, 300));
        }
        for (double x : xs) {
            rulings.add(new Ruling(false, x, 100, 160));
        }
        List<TableGrid> tables = TableFinder.find(rulings);
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(Glyphs.at("（三）不予公开", 55, 136));
        glyphs.addAll(Glyphs.at("1.甲", 155, 114));
        glyphs.addAll(Glyphs.at("2", 260, 114));
        glyphs.addAll(Glyphs.at("2.乙", 155, 134));
        glyphs.addAll(Glyphs.at("30", 260, 134));
        glyphs.addAll(Glyphs.at("3.丙", 155, 154));
        assertEquals(List.of("（三）不予公开 | 1.甲 | 2 |", "2.乙 | 30 |", "3.丙 |  |"),
                texts(PageLayout.lay(glyphs, tables)));
    }

    @Test
    void joinsALabelWrappedInItsCellAndAHeaderSetOneCharacterPerLine() {
        List<TableGrid> tables = TableFinder.find(grid(new double[] {50, 120, 140, 200}, new double[] {100, 160}));
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(Glyphs.at("（二）部分公", 52, 115));
        glyphs.addAll(Glyphs.at("开", 52, 128));
        for (int i = 0; i < 3; i++) {
            glyphs.add(new Glyph(String.valueOf("自然人".charAt(i)), 125, 115 + 13 * i, 9.5, 10));
        }
        // The number sits on the last line of the tall row.
        glyphs.addAll(Glyphs.at("447", 150, 154));
        assertEquals(List.of("（二）部分公开 | 自然人 | 447 |"), texts(PageLayout.lay(glyphs, tables)));
    }

    @Test
    void keepsProseAboveAndBelowATableInReadingOrder() {
        List<TableGrid> tables = TableFinder.find(grid(new double[] {50, 150, 250}, new double[] {100, 120, 140}));
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(Glyphs.at("二、主动公开政府信息情况", 50, 90));
        glyphs.addAll(Glyphs.at("规章", 55, 114));
        glyphs.addAll(Glyphs.at("1", 160, 114));
        glyphs.addAll(Glyphs.at("行政规范性文件", 55, 134));
        glyphs.addAll(Glyphs.at("8", 160, 134));
        glyphs.addAll(Glyphs.at("三、收到和处理政府信息公开申请情况", 50, 160));
        assertEquals(List.of("二、主动公开政府信息情况", "规章 | 1 |", "行政规范性文件 | 8 |", "三、收到和处理政府信息公开申请情况"),
                texts(PageLayout.lay(glyphs, tables)));
    }

    @Test
    void doesNotPutSpacesIntoLetterSpacedChineseLabels() {
        List<TableGrid> tables = TableFinder.find(grid(new double[] {50, 150, 250}, new double[] {100, 120}));
        List<Glyph> glyphs = new ArrayList<>(Glyphs.at("商业企业", 55, 114, 10, 22));
        glyphs.addAll(Glyphs.at("2024", 160, 114, 10, 5));
        assertEquals(List.of("商业企业 | 2024 |"), texts(PageLayout.lay(glyphs, tables)));
    }

    @Test
    void aSingleFrameIsNotATable() {
        List<TableGrid> tables = TableFinder.find(grid(new double[] {20, 580}, new double[] {20, 820}));
        assertEquals(List.of(), tables);
    }
}
