package cn.gongkai.check;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings where the text of the report says something its tables or metadata do not: "未收到…申请" while the
 * table counts applications, a stated 主动公开 or application count that differs from the table, a statistics
 * period or title year that is not the report's year.
 */
final class NarrativeRules {
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern NONE_RECEIVED = Pattern.compile(
            "(?:未|没有)(?:收到|接到|受理|发生)[^，,]{0,30}?申请|无(?:依申请公开|政府信息公开申请|申请公开)");
    /** 主动公开, but not the name of a category such as 主动公开基本目录. */
    private static final Pattern PROACTIVE = Pattern.compile("主动公开(?!基本目录|目录|指南|栏目|专栏|专区)");
    private static final Pattern PROACTIVE_TOTAL = Pattern.compile("共\\s*(\\d+)\\s*条");
    private static final Pattern FIRST_COUNT = Pattern.compile("(\\d+)\\s*(余|多)?\\s*条");
    private static final Pattern APPLICATIONS_STATED = Pattern.compile(
            "(?:收到|受理|新收|接收|接到)[^，,。；]{0,20}?申请\\s*(?:共\\s*)?(\\d+)\\s*(余|多)?\\s*件");
    private static final Pattern REVIEW_STATED = Pattern.compile("行政复议\\s*(?:案件\\s*)?(?:共\\s*)?(\\d+)\\s*(余|多)?\\s*件");
    private static final Pattern LITIGATION_STATED = Pattern.compile("行政诉讼\\s*(?:案件\\s*)?(?:共\\s*)?(\\d+)\\s*(余|多)?\\s*件");
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|期间|时限|周期)[^。；\\d]{0,6}(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日[^。；\\d]{0,6}(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");
    private static final Pattern TITLE_YEAR = Pattern.compile(
            "(\\d{4})\\s*年\\s*(?:度\\s*)?政府信息公开\\s*(?:工作\\s*)?年度\\s*报告");

    private NarrativeRules() {
    }

    static void check(Report r, List<Diagnostic> out) {
        String overview = text(r, Section.OVERVIEW);
        // Each rule reads part 一 and then its own part, as one text joined by a line break (a sentence end).
        if (r.applications() != null) {
            applications(r, sentencesWith(List.of(overview, text(r, Section.APPLICATIONS)), "申请"), out);
        }
        if (r.proactiveTotal() != null) {
            proactive(r, sentencesWith(List.of(overview, text(r, Section.PROACTIVE)), "主动公开"), out);
        }
        if (r.reviewLitigation() != null) {
            review(r, sentencesWith(List.of(overview, text(r, Section.REVIEW_LITIGATION)), "行政复议", "行政诉讼"), out);
        }
        if (r.year() != null) {
            year(r, overview, out);
        }
    }

    private static String text(Report r, Section s) {
        String t = r.sections().get(s);
        return t == null ? "" : t;
    }

    /**
     * The sentences of {@code text} that contain one of {@code words}, in order: the same as
     * {@link #sentences} filtered by {@code contains}, without cutting the other sentences out.
     */
    static List<String> sentencesWith(String text, String... words) {
        List<String> out = new ArrayList<>(4);
        addSentencesWith(text, words, out);
        return out;
    }

    /** {@code sentencesWith(String.join("\n", texts), words)} without joining the texts. */
    static List<String> sentencesWith(List<String> texts, String... words) {
        List<String> out = new ArrayList<>(4);
        for (String t : texts) {
            addSentencesWith(t, words, out);
        }
        return out;
    }

    private static void addSentencesWith(String text, String[] words, List<String> out) {
        int from = 0;
        int length = text.length();
        // Where each word next occurs at or after from (-1: no more); a word found beyond a sentence is not
        // looked for again until from passes it.
        int[] next = new int[words.length];
        java.util.Arrays.fill(next, -2);
        while (from < length) {
            int at = -1;
            for (int k = 0; k < words.length; k++) {
                int i = next[k];
                if (i == -2 || i >= 0 && i < from) {
                    i = text.indexOf(words[k], from);
                    next[k] = i;
                }
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            if (at < 0) {
                break;
            }
            int start = at;
            while (start > from && !isSentenceEnd(text.charAt(start - 1))) {
                start--;
            }
            int end = at;
            while (end < length && !isSentenceEnd(text.charAt(end))) {
                end++;
            }
            out.add(text.substring(start, end).strip());
            from = end + 1;
        }
    }

    /** {@link #SENTENCE_END}: {@code [。；;！!？?\n]}. */
    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '!' || c == '？' || c == '?' || c == '\n';
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static void applications(Report r, List<String> sentences, List<Diagnostic> out) {
        BigDecimal received = r.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).numberOrNull();
        BigDecimal carried = r.applications().cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL).numberOrNull();
        if (received == null) {
            return;
        }
        for (String s : sentences) {
            if (s.contains("复议") || s.contains("诉讼") || s.contains("收费") || s.contains("处理费")) {
                continue;
            }
            // The patterns need 未/没有/无, and 件: look for those first.
            if (received.signum() > 0 && (s.indexOf('未') >= 0 || s.contains("没有") || s.indexOf('无') >= 0)
                    && NONE_RECEIVED.matcher(s).find()) {
                out.add(Diagnostic.warning(Codes.NARRATIVE_CONTRADICTS_TABLE, "文字说“" + quote(s)
                        + "”，但第三部分“本年新收政府信息公开申请数量”总计为 " + received.toPlainString(),
                        "applications.new_received.total"));
                return;
            }
            Matcher m = s.indexOf('件') < 0 ? null : APPLICATIONS_STATED.matcher(s);
            if (m != null && m.find() && m.group(2) == null) {
                BigDecimal stated = number(m.group(1));
                boolean matchesNew = stated.compareTo(received) == 0;
                boolean matchesAll = carried != null && stated.compareTo(received.add(carried)) == 0;
                if (!matchesNew && !matchesAll) {
                    out.add(Diagnostic.warning(Codes.NARRATIVE_CONTRADICTS_TABLE, "文字说“" + quote(s)
                            + "”（" + stated.toPlainString() + " 件），但第三部分“本年新收政府信息公开申请数量”总计为 "
                            + received.toPlainString(), "applications.new_received.total"));
                    return;
                }
            }
        }
    }

    private static void proactive(Report r, List<String> sentences, List<Diagnostic> out) {
        for (String s : sentences) {
            Matcher about = PROACTIVE.matcher(s);
            if (!about.find()) {
                continue;
            }
            // The total comes before a breakdown ("共 33 条，其中镇街文件 3 条…"), never from it.
            String rest = s.substring(about.start());
            int breakdown = rest.indexOf("其中");
            if (breakdown > 0) {
                rest = rest.substring(0, breakdown);
            }
            if (rest.indexOf('条') < 0) {
                continue; // both patterns need 条
            }
            Matcher total = PROACTIVE_TOTAL.matcher(rest);
            Matcher first = FIRST_COUNT.matcher(rest);
            BigDecimal stated = null;
            if (total.find()) {
                stated = number(total.group(1));
            } else if (first.find() && first.group(2) == null) {
                stated = number(first.group(1));
            }
            if (stated != null) {
                if (stated.compareTo(BigDecimal.valueOf(r.proactiveTotal())) != 0) {
                    out.add(Diagnostic.warning(Codes.NARRATIVE_CONTRADICTS_TABLE, "文字说“" + quote(s) + "”（"
                            + stated.toPlainString() + " 条），但 proactive_total（主动公开总数）是 " + r.proactiveTotal(),
                            "proactive_total"));
                }
                return;
            }
        }
    }

    private static void review(Report r, List<String> sentences, List<Diagnostic> out) {
        BigDecimal review = r.reviewLitigation().review().total().numberOrNull();
        BigDecimal direct = r.reviewLitigation().litigationDirect().total().numberOrNull();
        BigDecimal after = r.reviewLitigation().litigationAfterReview().total().numberOrNull();
        BigDecimal litigation = direct == null || after == null ? null : direct.add(after);
        for (String s : sentences) {
            if (s.indexOf('件') < 0) {
                continue; // both patterns need 件
            }
            stated(s, REVIEW_STATED, review, "第四部分“行政复议”总计", "review_litigation.review.total", out);
            stated(s, LITIGATION_STATED, litigation, "第四部分“行政诉讼”两组总计之和",
                    "review_litigation." + ReviewGroup.LITIGATION_DIRECT.key() + ".total", out);
        }
    }

    private static void stated(String s, Pattern p, BigDecimal table, String what, String location,
                               List<Diagnostic> out) {
        if (table == null) {
            return;
        }
        Matcher m = p.matcher(s);
        if (m.find() && m.group(2) == null) {
            BigDecimal stated = number(m.group(1));
            if (stated.compareTo(table) != 0) {
                out.add(Diagnostic.warning(Codes.NARRATIVE_CONTRADICTS_TABLE, "文字说“" + quote(s) + "”（"
                        + stated.toPlainString() + " 件），但" + what + "为 " + table.toPlainString(), location));
            }
        }
    }

    private static void year(Report r, String overview, List<Diagnostic> out) {
        int year = r.year();
        // PERIOD starts with 统计: try it only where 统计 is, as find() would on the joined parts, from the end of
        // the last match. A match is looked for within its part; only one that runs into the part's end (the
        // joined text could continue it) is looked for in the joined text, from there on.
        String all = null;
        int at = -1;
        int offset = 0;
        Matcher m = PERIOD.matcher("");
        parts:
        for (String part : r.sections().asMap().values()) {
            m.reset(part);
            int i = part.indexOf("统计");
            while (i >= 0) {
                m.region(i, part.length());
                boolean found = m.lookingAt();
                if (m.hitEnd()) {
                    all = r.sections().joined();
                    at = offset + i;
                    break parts;
                }
                if (!found) {
                    i = part.indexOf("统计", i + 1);
                    continue;
                }
                if (periodMismatch(m, year, out)) {
                    return;
                }
                i = part.indexOf("统计", m.end());
            }
            offset += part.length() + 1;
        }
        if (all != null) {
            m = PERIOD.matcher(all);
            while ((at = all.indexOf("统计", at)) >= 0) {
                m.region(at, all.length());
                if (!m.lookingAt()) {
                    at++;
                    continue;
                }
                at = m.end();
                if (periodMismatch(m, year, out)) {
                    return;
                }
            }
        }
        String head = overview.length() > 200 ? overview.substring(0, 200) : overview;
        Matcher t = TITLE_YEAR.matcher(head);
        if (head.contains("政府信息公开") && t.find() && Integer.parseInt(t.group(1)) != year) {
            out.add(Diagnostic.warning(Codes.YEAR_MISMATCH, "标题写的是“" + t.group(1) + " 年政府信息公开工作年度报告”，但报告的年度（year）是 "
                    + year + "；请核对年份", "sections.overview"));
        }
    }

    /** Adds the warning when the statistics period {@code m} matched is not the report's year; true then. */
    private static boolean periodMismatch(Matcher m, int year, List<Diagnostic> out) {
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from != year || to != year) {
            out.add(Diagnostic.warning(Codes.YEAR_MISMATCH, "文字中的统计期限是 " + from + " 年 1 月 1 日至 " + to
                    + " 年 12 月 31 日，但报告的年度（year）是 " + year + "；请核对年份", "sections.overview"));
            return true;
        }
        return false;
    }

    /**
     * The number a pattern's {@code \d+} matched, as {@code new BigDecimal(digits)} gives it (the same value and
     * scale 0), without parsing a decimal: an ASCII run of up to 18 digits is a {@code long}.
     */
    static BigDecimal number(String digits) {
        if (digits.length() > 18) {
            return new BigDecimal(digits);
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return new BigDecimal(digits); // another script's digit: as before
            }
            v = v * 10 + (c - '0');
        }
        return BigDecimal.valueOf(v);
    }

    /** {@code s} with each run of white space ({@code \s+}: space, tab, line breaks, form feed) one space, cut at 60. */
    static String quote(String s) {
        StringBuilder t = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!space) {
                    t.append(' ');
                }
                space = true;
            } else {
                t.append(c);
                space = false;
            }
        }
        return t.length() > 60 ? t.substring(0, 60) + "…" : t.toString();
    }
}
