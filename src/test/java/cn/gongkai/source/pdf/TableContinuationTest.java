package cn.gongkai.source.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tables cut by a page break: what is joined to the previous page and what stays a row of its own. */
class TableContinuationTest {
    private static final double[] XS = {50, 90, 200, 250};

    /** A page whose only content is a table with these rows (cell texts per row; null = merged from above). */
    private static List<PageBlock> page(String[][] rows, double top) {
        List<Ruling> rulings = new ArrayList<>();
        double bottom = top + 20 * rows.length;
        for (int r = 0; r <= rows.length; r++) {
            double y = top + 20 * r;
            boolean firstColumnContinues = r > 0 && r < rows.length && rows[r][0] == null;
            rulings.add(new Ruling(true, y, firstColumnContinues ? XS[1] : XS[0], XS[3]));
        }
        for (double x : XS) {
            rulings.add(new Ruling(false, x, top, bottom));
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                String t = rows[r][c];
                if (t != null && !t.isEmpty()) {
                    // Text fills at most the cell's width less a point, as a layout engine would set it.
                    double pitch = Math.min(c == 0 ? 10 : 9, (XS[c + 1] - XS[c] - 1) / t.length());
                    glyphs.addAll(Glyphs.at(t, XS[c] + 1, top + 20 * r + 14, 9, pitch));
                }
            }
        }
        return new ArrayList<>(PageLayout.lay(glyphs, TableFinder.find(rulings)));
    }

    private static List<String> join(List<PageBlock> p1, List<PageBlock> p2) {
        TableContinuation.join(List.of(p1, p2));
        List<String> out = new ArrayList<>();
        for (PageBlock b : p1) {
            out.add(b.text());
        }
        out.add("--");
        for (PageBlock b : p2) {
            if (!b.text().isEmpty()) {
                out.add(b.text());
            }
        }
        return out;
    }

    @Test
    void joinsAMergedLabelCutByThePageBreak() {
        List<PageBlock> p1 = page(new String[][] {{"（四）无", "1.本机关不掌握", "746"}}, 700);
        List<PageBlock> p2 = page(new String[][] {{"法提供", "2.没有现成信息", "11"}, {null, "3.补正后", "1"}}, 80);
        assertEquals(List.of("（四）无法提供 | 1.本机关不掌握 | 746 |", "--", "2.没有现成信息 | 11 |", "3.补正后 | 1 |"),
                join(p1, p2));
    }

    @Test
    void dropsTheEmptyRestOfAMergedGroupCell() {
        List<PageBlock> p1 = page(new String[][] {{"（三）不", "7.属于行政执法", "9"}, {null, "8.属于行政查询", "5"}}, 680);
        List<PageBlock> p2 = page(new String[][] {{"", "1.本机关不掌握", "2"}}, 80);
        List<String> out = join(p1, p2);
        assertEquals(List.of("1.本机关不掌握 | 2 |"), out.subList(out.indexOf("--") + 1, out.size()));
    }

    @Test
    void keepsANewRowWhoseLabelHasAnItemMarker() {
        List<PageBlock> p1 = page(new String[][] {{"（四）无法", "1.本机关不掌握", "746"}}, 700);
        List<PageBlock> p2 = page(new String[][] {{"（五）不予处理", "1.信访举报", "56"}, {null, "2.重复申请", "25"}}, 80);
        List<String> out = join(p1, p2);
        assertEquals(List.of("（五）不予处理 | 1.信访举报 | 56 |", "2.重复申请 | 25 |"),
                out.subList(out.indexOf("--") + 1, out.size()));
    }

    @Test
    void keepsABlankCellOfANewRowUnderANumber() {
        List<PageBlock> p1 = page(new String[][] {{"处罚", "行政处罚", "3985758"}}, 700);
        List<PageBlock> p2 = page(new String[][] {{"强制", "行政强制", ""}}, 80);
        List<String> out = join(p1, p2);
        assertEquals(List.of("处罚 | 行政处罚 | 3985758 |", "--", "强制 | 行政强制 |  |"), out);
    }

    @Test
    void joinsTheRestOfARowCutByThePageBreak() {
        List<PageBlock> p1 = page(new String[][] {{"甲", "（二）部分公开（区分处理的，只计", "447"}}, 700);
        List<PageBlock> p2 = page(new String[][] {{"", "这一情形）", ""}, {"乙", "（三）不予公开", "2"}}, 80);
        assertEquals(List.of("甲 | （二）部分公开（区分处理的，只计这一情形） | 447 |", "--", "乙 | （三）不予公开 | 2 |"),
                join(p1, p2));
    }
}
