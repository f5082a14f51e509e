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

    Sections sections(List<NormLine> lines, Map<Section, Integer> headings) {
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

    private static String markdown(List<NormLine> lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            String t = lines.get(i).raw().strip();
            if (t.isEmpty()) {
                flush(out, para);
                continue;
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
