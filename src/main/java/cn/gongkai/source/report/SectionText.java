package cn.gongkai.source.report;

import cn.gongkai.model.Section;
import cn.gongkai.model.Sections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown text of the six parts: the lines between headings, with lines of one paragraph joined (text
 * extracted from PDFs breaks lines mid-sentence) and blank lines kept as paragraph breaks. Table lines stay one
 * per line. Text before the first heading (the preamble) is kept with part 一.
 */
final class SectionText {

    /** How lines make paragraphs: each line its own (HTML blocks), blank lines (text), or sentence ends. */
    private enum Mode { BLOCKS, BLANK_LINES, SENTENCES }

    private static final TableLineReader PAGE_NUMBERS = new TableLineReader();

    private Mode mode = Mode.BLANK_LINES;

    Sections sections(List<NormLine> lines, Map<Section, Integer> headings, String kind) {
        mode = "html".equals(kind) ? Mode.BLOCKS
                : "pdf".equals(kind) || doubleSpaced(lines) ? Mode.SENTENCES : Mode.BLANK_LINES;
        Map<Section, String> text = new EnumMap<>(Section.class);
        List<Section> found = new ArrayList<>(headings.keySet());
        for (int k = 0; k < found.size(); k++) {
            Section s = found.get(k);
            int from = headings.get(s) + 1;
            int to = k + 1 < found.size() ? headings.get(found.get(k + 1)) : lines.size();
            String md = markdown(lines, from, to);
            if (s == Section.OVERVIEW) {
                String pre = markdown(lines, 0, headings.get(s));
                md = pre.isEmpty() ? md : md.isEmpty() ? pre : pre + "\n\n" + md;
            }
            text.put(s, md);
        }
        if (found.isEmpty()) {
            String all = markdown(lines, 0, lines.size());
            if (!all.isEmpty()) {
                text.put(Section.OVERVIEW, all);
            }
        }
        return Sections.of(text);
    }

    private static final java.util.regex.Pattern ENUMERATION =
            java.util.regex.Pattern.compile("^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]");

    private static boolean doubleSpaced(List<NormLine> lines) {
        int single = 0;
        int other = 0;
        int run = -1;
        for (NormLine l : lines) {
            if (l.isBlank()) {
                run = run < 0 ? run : run + 1;
                continue;
            }
            if (run == 1) {
                single++;
            } else if (run >= 0) {
                other++;
            }
            run = 0;
        }
        return single > 2 * other && single >= 10;
    }

    private String markdown(List<NormLine> lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            String t = lines.get(i).raw().strip();
            if (PAGE_NUMBERS.isPageNumber(lines.get(i).norm())) {
                continue;
            }
            if (t.isEmpty()) {
                if (mode == Mode.BLANK_LINES) {
                    flush(out, para);
                }
                continue;
            }
            if (mode == Mode.BLOCKS || mode == Mode.SENTENCES && para.length() > 0
                    && ("。：:；;！？!?".indexOf(para.charAt(para.length() - 1)) >= 0 || ENUMERATION.matcher(t).find())) {
                flush(out, para);
            }
            boolean tableLine = t.contains("|") || t.contains("\t");
            if (tableLine) {
                flush(out, para);
                appendLine(out, t.replace('\t', ' ').replaceAll(" {2,}", " "));
                continue;
            }
            if (para.length() > 0) {
                char last = para.charAt(para.length() - 1);
                char first = t.charAt(0);
                if (!(isCjk(last) || isCjk(first))) {
                    para.append(' ');
                }
            }
            para.append(t);
        }
        flush(out, para);
        return out.toString().strip();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        if (para.length() > 0) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(para);
            para.setLength(0);
        }
    }

    private static void appendLine(StringBuilder out, String line) {
        if (out.length() > 0) {
            out.append(out.charAt(out.length() - 1) == '|' ? "\n" : "\n\n");
        }
        out.append(line);
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，。、；：？！（）《》“”".indexOf(c) >= 0;
    }
}
