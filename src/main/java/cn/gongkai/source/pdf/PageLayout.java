package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one page: glyphs inside a ruled table go to the cell under their centre, each table row becomes one
 * block of cells, and the other glyphs become text lines (rows of tables drawn without borders are found
 * among them by {@link BorderlessTables}); blocks are ordered top to bottom.
 */
final class PageLayout {
    /** A last line ending this close to the cell's right border (in font sizes) filled the cell. */
    private static final double FULL_LINE_GAP = 2.2;

    private PageLayout() {
    }

    static List<PageBlock> lay(List<Glyph> glyphs, List<TableGrid> tables) {
        List<Glyph> prose = new ArrayList<>();
        List<Map<GridCell, List<Glyph>>> byCell = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            byCell.add(new HashMap<>());
        }
        for (Glyph g : glyphs) {
            int t = tableOf(tables, g);
            if (t < 0) {
                prose.add(g);
            } else {
                GridCell cell = tables.get(t).cellAt(g.centerX(), g.centerY());
                byCell.get(t).computeIfAbsent(cell, c -> new ArrayList<>()).add(g);
            }
        }
        List<PageBlock> blocks = new ArrayList<>(BorderlessTables.blocks(TextLines.group(prose)));
        for (int t = 0; t < tables.size(); t++) {
            TableGrid table = tables.get(t);
            List<List<RowCell>> rows = new ArrayList<>();
            for (int r = 0; r < table.rowCount(); r++) {
                rows.add(new ArrayList<>());
            }
            for (GridCell cell : table.cells()) {
                List<Glyph> inCell = byCell.get(t).getOrDefault(cell, List.of());
                rows.get(cell.row0()).add(new RowCell(cell, TextLines.cellText(inCell), lastLineFull(cell, inCell)));
            }
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).isEmpty()) {
                    rows.get(r).sort(Comparator.comparingInt(c -> c.cell().col0()));
                    blocks.add(PageBlock.row(table, r, rows.get(r)));
                }
            }
        }
        blocks.sort(Comparator.comparingDouble(PageBlock::top));
        return blocks;
    }

    private static int tableOf(List<TableGrid> tables, Glyph g) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).contains(g.centerX(), g.centerY())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean lastLineFull(GridCell cell, List<Glyph> glyphs) {
        List<List<Glyph>> lines = TextLines.group(glyphs);
        if (lines.isEmpty()) {
            return false;
        }
        List<Glyph> last = lines.get(lines.size() - 1);
        Glyph end = last.get(last.size() - 1);
        return cell.right() - end.right() <= FULL_LINE_GAP * end.size();
    }
}
