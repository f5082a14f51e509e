package cn.gongkai.content.generate;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Cell;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the Markdown body of one report: a preamble, then the six parts under {@code ## 一、…} headings, each
 * made of paragraphs drawn from {@link NarrativeTemplates}. Every figure the text states (主动公开 count,
 * applications received and handled, review and litigation cases, the statistics period) is taken from the
 * report's own tables, so the narrative never contradicts them. Which paragraphs appear is decided by the
 * given random stream: writing a year with the stream of the year before gives near-identical text, as when an
 * office copies last year's report.
 */
final class NarrativeWriter {

    private NarrativeWriter() {
    }

    /** The body of the report of {@code township} for the year of {@code figures}. */
    static String write(PlannedTownship township, YearFigures figures, SplittableRandom random) {
        Map<String, String> vars = variables(township, figures, random);
        StringBuilder sb = new StringBuilder(8192);
        paragraph(sb, fill(pick(random, NarrativeTemplates.PREAMBLE), vars));

        heading(sb, Section.OVERVIEW);
        paragraph(sb, fill(pick(random, NarrativeTemplates.OVERVIEW_INTRO), vars));
        paragraph(sb, "（一）主动公开情况");
        paragraph(sb, proactive(figures, random, vars));
        paragraph(sb, "（二）依申请公开情况");
        paragraph(sb, applicationsSummary(figures, random, vars));
        paragraph(sb, "（三）政府信息管理情况");
        numbered(sb, random, NarrativeTemplates.MANAGEMENT, 2 + random.nextInt(2), vars);
        paragraph(sb, "（四）政府信息公开平台建设情况");
        paragraph(sb, fill(pick(random, NarrativeTemplates.PLATFORM), vars));
        paragraph(sb, "（五）监督保障情况");
        paragraph(sb, fill(pick(random, NarrativeTemplates.SUPERVISION), vars));

        heading(sb, Section.PROACTIVE);
        paragraph(sb, art20Summary(figures, vars));
        heading(sb, Section.APPLICATIONS);
        paragraph(sb, figures.total(ApplicationRow.NEW_RECEIVED) == 0
                ? fill("{year} 年，{we}未收到政府信息公开申请。", vars)
                : fill("{year} 年收到和处理政府信息公开申请情况如下表。", vars));
        heading(sb, Section.REVIEW_LITIGATION);
        paragraph(sb, reviewSummary(figures, vars));

        heading(sb, Section.PROBLEMS);
        paragraph(sb, fill(pick(random, NarrativeTemplates.PROBLEMS_INTRO), vars));
        paragraph(sb, "（一）存在问题");
        numbered(sb, random, NarrativeTemplates.PROBLEMS, 2 + random.nextInt(2), vars);
        paragraph(sb, random.nextBoolean() ? "（二）改进措施" : "（二）下一步工作打算");
        numbered(sb, random, NarrativeTemplates.IMPROVEMENTS, 2 + random.nextInt(2), vars);

        heading(sb, Section.OTHER);
        paragraph(sb, "（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况");
        paragraph(sb, fill(pick(random, NarrativeTemplates.FEES), vars));
        paragraph(sb, "（二）落实上级年度政务公开工作要点情况");
        paragraph(sb, fill(pick(random, NarrativeTemplates.WORK_POINTS), vars));
        paragraph(sb, "（三）人大代表建议和政协提案办理结果公开情况");
        int proposals = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
        paragraph(sb, proposals == 0 ? fill("{year} 年{town}未收到人大代表、政协委员建议提案。", vars)
                : fill("{year} 年，{we}共承办人大代表建议和政协委员提案 " + proposals + " 件，均已按期办结并公开办理结果。", vars));
        paragraph(sb, "（四）政务公开工作创新情况");
        numbered(sb, random, NarrativeTemplates.INNOVATIONS, 1 + random.nextInt(2), vars);
        paragraph(sb, "（五）其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项");
        paragraph(sb, "无。");
        return sb.toString();
    }

    private static Map<String, String> variables(PlannedTownship t, YearFigures f, SplittableRandom random) {
        Map<String, String> vars = new HashMap<>();
        String name = t.name();
        vars.put("year", Integer.toString(f.year()));
        vars.put("town", name);
        vars.put("short", name.substring(0, name.length() - t.kind().suffix().length()));
        vars.put("we", t.kind().we());
        vars.put("office", t.kind().office());
        vars.put("issuer", t.issuer());
        vars.put("county", t.county() == null ? "县" : t.county());
        vars.put("portal", t.portal());
        vars.put("url", t.url());
        vars.put("phone", t.phone());
        vars.put("k", Integer.toString(2 + random.nextInt(30)));
        vars.put("format", f.format() == ReportFormat.F2019 ? NarrativeTemplates.FORMAT_2019
                : NarrativeTemplates.FORMAT_2021);
        return vars;
    }

    /** 主动公开 count with a breakdown by category that adds up to it. */
    private static String proactive(YearFigures f, SplittableRandom random, Map<String, String> vars) {
        Integer n = f.proactiveTotal();
        if (n == null) {
            return fill(pick(random, NarrativeTemplates.PROACTIVE_NO_COUNT), vars);
        }
        List<String> categories = new ArrayList<>(NarrativeTemplates.PROACTIVE_CATEGORIES);
        int parts = Math.min(n, 3 + random.nextInt(6));
        StringBuilder breakdown = new StringBuilder();
        int left = n;
        for (int i = 0; i < parts; i++) {
            String category = categories.remove(random.nextInt(categories.size()));
            int count = i == parts - 1 ? left : 1 + random.nextInt(Math.max(1, left - (parts - i - 1)) / 2 + 1);
            count = Math.min(count, left - (parts - i - 1));
            left -= count;
            breakdown.append(i == 0 ? "" : "、").append(category).append(' ').append(count).append(" 条");
        }
        String opening = switch (random.nextInt(3)) {
            case 0 -> "{year} 年以来，{we}通过政府门户网站主动公开政府信息共 " + n + " 条。其中";
            case 1 -> "{year}年{town}主动公开政府信息共" + n + "条，其中";
            default -> "{year} 年，{issuer}通过县政府信息公开网站公开工作信息 " + n + " 条，其中";
        };
        return fill(opening, vars) + breakdown + "。";
    }

    /** What 总体情况 says about applications, from the table's totals. */
    private static String applicationsSummary(YearFigures f, SplittableRandom random, Map<String, String> vars) {
        int received = f.total(ApplicationRow.NEW_RECEIVED);
        int carried = f.total(ApplicationRow.CARRIED_OVER);
        int processed = f.total(ApplicationRow.TOTAL_PROCESSED);
        int granted = f.total(ApplicationRow.GRANTED);
        int forward = f.total(ApplicationRow.CARRIED_FORWARD);
        if (received == 0 && carried == 0) {
            return fill(pick(random, NarrativeTemplates.NO_APPLICATIONS), vars);
        }
        if (received < 0 || carried < 0 || processed < 0 || granted < 0 || forward < 0) {
            return fill("{year} 年，{we}依法依规办理政府信息公开申请，具体情况见本报告第三部分。", vars);
        }
        StringBuilder sb = new StringBuilder(fill("{year} 年，{we}共收到政府信息公开申请 ", vars)).append(received)
                .append(" 件");
        if (carried > 0) {
            sb.append("，上年结转 ").append(carried).append(" 件");
        }
        sb.append("；办结 ").append(processed).append(" 件，其中予以公开 ").append(granted).append(" 件");
        sb.append(forward > 0 ? "，结转下年度继续办理 " + forward + " 件。" : "，均在法定期限内答复。");
        return sb.toString();
    }

    private static String art20Summary(YearFigures f, Map<String, String> vars) {
        Cell made = f.art20() != null ? f.art20().normativeDocuments().made()
                : f.art20Format2019().normativeDocuments().newlyMade();
        int m = YearFigures.whole(made);
        String documents = m > 0 ? "，制发行政规范性文件 " + m + " 件" : "和行政规范性文件";
        return fill("{year} 年，{we}未制发规章" + documents + "。第二十条所列信息的公开情况如下表。", vars);
    }

    private static String reviewSummary(YearFigures f, Map<String, String> vars) {
        int all = f.reviewAndLitigationCases();
        if (all == 0) {
            return fill("{year} 年，{we}未发生因政府信息公开引起的行政复议、行政诉讼案件。", vars);
        }
        int review = f.reviewCases();
        return fill("{year} 年，{we}因政府信息公开引起行政复议 " + review + " 件、行政诉讼 " + (all - review)
                + " 件，详见下表。", vars);
    }

    private static void numbered(StringBuilder sb, SplittableRandom random, List<String> pool, int count,
                                 Map<String, String> vars) {
        List<String> left = new ArrayList<>(pool);
        boolean words = random.nextInt(3) > 0;
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            String item = fill(left.remove(random.nextInt(left.size())), vars);
            paragraph(sb, (words ? NarrativeTemplates.ORDINALS.get(i) : (i + 1) + "、") + item);
        }
    }

    private static String pick(SplittableRandom random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static void heading(StringBuilder sb, Section section) {
        sb.append("## ").append(section.heading()).append("\n\n");
    }

    private static void paragraph(StringBuilder sb, String text) {
        sb.append(text).append("\n\n");
    }

    /** Replaces each {@code {name}} by its value; braces without a known name stay as written. */
    static String fill(String template, Map<String, String> vars) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int close = template.indexOf('}', open);
            String value = close < 0 ? null : vars.get(template.substring(open + 1, close));
            if (value == null) {
                out.append(template, i, open + 1);
                i = open + 1;
                continue;
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.append(template, i, template.length()).toString();
    }
}
