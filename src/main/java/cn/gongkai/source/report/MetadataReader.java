package cn.gongkai.source.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who issued the report, which year it covers and the 主动公开 total, each from the places reports
 * state them, most reliable first. Works on the compact normalised text (no spaces, simplified, half-width).
 */
final class MetadataReader {
    private static final String HAN = "[\\u4e00-\\u9fff]";
    private static final Pattern TITLE_NAME_YEAR = Pattern.compile("^(" + HAN + "[^|]{1,40}?)(\\d{4})年度?(?:政府)?信息公开");
    private static final Pattern TITLE_YEAR_NAME = Pattern.compile("^(\\d{4})年度?(" + HAN + "{2,30}?)(?:政府)?信息公开工作");
    private static final Pattern TITLE_NAME_ONLY = Pattern.compile("^(" + HAN + "{2,30}?)(?:政府)?信息公开工作(?:年度)?报告");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年度?.{0,30}?信息公开");
    private static final Pattern BY = Pattern.compile("由(" + HAN + "{2,30}?)(?:按照|根据|依据|依照|编制|负责编制)");
    private static final Pattern CONTACT = Pattern.compile("请与(" + HAN + "{2,30}?)(?:联系|联络)");
    private static final Pattern GOVERNMENT = Pattern.compile("(?<![\\u4e00-\\u9fff])(" + HAN + "{2,14}?(?:人民政府|街道办事处))");
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[。;])(?:\\d{4}年度?[,]?)?(" + HAN
            + "{2,14}?(?:镇|乡|苏木|街道|街道办事处|局|委员会|办公室|人民政府|政府))(?:严格|认真|高度|坚持|深入|全面|积极|不断|共|按照|围绕|紧紧|切实|始终|持续|进一步|主动|以|在|把|将|通过|根据|依据|结合|狠抓|扎实)");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})年1月1日[^\\d]{0,4}(?:至|到|-|—|~|–)(\\d{4})年12月31日");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])(\\d+)(条|件|篇)");
    private static final Pattern TOTAL_MARK = Pattern.compile("共计|累计|合计|总计|(?<!公)共(?![享同产建性识])");
    private static final Pattern PUBLISH = Pattern.compile("公开|发布|更新|推送");
    /**
     * A 主动公开 count stated only approximately ("5500 余条", "300多条"): the report gives no exact total, and a
     * smaller figure in the same sentence (e.g. "新增公开规章 1 件") is a part of it, not the total.
     */
    private static final Pattern APPROXIMATE_COUNT = Pattern.compile("(?<![\\d.])\\d+\\s*(余|多)\\s*(条|件|篇)");
    private static final Pattern NOT_PROACTIVE = Pattern.compile("申请|咨询|投诉|来电|留言|回应|复议|诉讼|访谈|解读|建议|提案|举报|热线|处理单");

    /** The issuer as the report writes it (simplified), or null. */
    String issuer(List<String> compactLines, String compactBody) {
        int seen = 0;
        for (String line : compactLines) {
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > 12) {
                break;
            }
            if (line.length() > 80) {
                continue;
            }
            String name = firstGroup(TITLE_NAME_YEAR, line, 1);
            if (name == null) {
                name = firstGroup(TITLE_YEAR_NAME, line, 2);
            }
            if (name == null && (line.contains("年度报告") || line.contains("年报"))) {
                name = firstGroup(TITLE_NAME_ONLY, line, 1);
            }
            if (name != null) {
                name = trimName(name);
                if (name != null) {
                    return name;
                }
            }
        }
        for (Pattern p : List.of(BY, CONTACT, GOVERNMENT)) {
            Matcher m = p.matcher(compactBody);
            while (m.find()) {
                String name = trimName(m.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        for (String line : compactLines) {
            Matcher m = SUBJECT.matcher(line);
            while (m.find()) {
                String name = trimName(m.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String trimName(String name) {
        String n = name.replaceAll("^(本报告|本|特向社会公布|向社会公布|关于印发|关于|印发|公布)", "");
        n = n.replaceAll("^\\d{4}年度?", "");
        int cut = -1;
        for (String end : List.of("人民政府", "街道办事处", "办事处")) {
            int at = n.lastIndexOf(end);
            if (at >= 0) {
                cut = Math.max(cut, at + end.length());
            }
        }
        if (cut > 0) {
            n = n.substring(0, cut);
        }
        n = n.replaceAll("(的|关于)$", "");
        if (n.length() < 2 || n.startsWith("我") || n.startsWith("本") || n.startsWith("该") || n.startsWith("全")
                || n.startsWith("各") || n.startsWith("县政府") || n.startsWith("中华人民共和国") || n.startsWith("国务院")
                || n.equals("人民政府") || n.equals("政府")) {
            return null;
        }
        return n;
    }

    /** The statistics year: the period stated, else the title's year, else the first year the overview names. */
    Integer year(List<String> compactLines, String compactBody, String overview) {
        Matcher p = PERIOD.matcher(compactBody);
        if (p.find() && p.group(1).equals(p.group(2))) {
            return plausible(p.group(2));
        }
        int seen = 0;
        for (String line : compactLines) {
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > 12) {
                break;
            }
            if (line.length() <= 80 && line.contains("信息公开") && (line.contains("报告") || line.contains("报")
                    || line.contains("工作告"))) {
                Matcher m = TITLE_YEAR.matcher(line);
                if (m.find() && plausible(m.group(1)) != null) {
                    return plausible(m.group(1));
                }
            }
        }
        Matcher m = ANY_YEAR.matcher(overview == null ? compactBody : overview);
        while (m.find()) {
            Integer y = plausible(m.group(1));
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    private static Integer plausible(String y) {
        int v = Integer.parseInt(y);
        return v >= 2000 && v <= 2100 ? v : null;
    }

    /**
     * The 主动公开 total when the overview states it as one number: a clause with a total word
     * ({@code 共 / 累计}) and a publishing verb, else a clause naming 主动公开 with a count, else a count in a
     * sentence under a 主动公开 sub-heading. Two different totals (e.g. portal items and credit-platform
     * records) mean there is no single total: null.
     */
    Integer proactiveTotal(String overview) {
        if (overview == null) {
            return null;
        }
        List<Set<Integer>> tiers = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        for (String sentence : overview.split("[。;；!！?？]")) {
            boolean sentenceProactive = sentence.contains("主动公开");
            for (String clause : sentence.split("[,，:：、]")) {
                if (NOT_PROACTIVE.matcher(clause).find()) {
                    continue;
                }
                if (clause.contains("主动公开") && APPROXIMATE_COUNT.matcher(clause).find()) {
                    return null;
                }
                Matcher verb = PUBLISH.matcher(clause);
                if (!verb.find()) {
                    continue;
                }
                Matcher count = COUNT.matcher(clause);
                if (!count.find(verb.start())) {
                    continue;
                }
                int value;
                try {
                    value = Integer.parseInt(count.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                Matcher mark = TOTAL_MARK.matcher(clause);
                if (mark.find() && mark.start() < count.start()) {
                    tiers.get(0).add(value);
                } else if (clause.contains("主动公开") && clause.indexOf("主动公开") < count.start()) {
                    tiers.get(1).add(value);
                } else if (sentenceProactive) {
                    tiers.get(2).add(value);
                }
            }
        }
        for (Set<Integer> tier : tiers) {
            if (!tier.isEmpty()) {
                return tier.size() == 1 ? tier.iterator().next() : null;
            }
        }
        return null;
    }

    private static String firstGroup(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(group) : null;
    }

    /** Every year named, for diagnostics. */
    static List<Integer> yearsIn(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = ANY_YEAR.matcher(s);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
