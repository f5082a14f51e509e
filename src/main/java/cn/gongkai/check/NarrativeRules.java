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

    /** The words a sentence is marked with when it contains them: 申请, 主动公开, 行政复议 or 行政诉讼. */
    static final int APPLICATION = 1;
    static final int PROACTIVE_WORD = 2;
    static final int REVIEW_WORD = 4;

    private NarrativeRules() {
    }

    static void check(Report r, List<Diagnostic> out) {
        int rules = (r.applications() != null ? APPLICATION : 0) | (r.proactiveTotal() != null ? PROACTIVE_WORD : 0)
                | (r.reviewLitigation() != null ? REVIEW_WORD : 0);
        if (rules == 0 && r.year() == null) {
            return;
        }
        // Each rule reads part 一 and then its own part, as one text joined by a line break (a sentence end): one
        // pass over each part marks the sentences that contain a rule's word (in part 一 any rule's, in its own part
        // that rule's) and, for the year rule, finds where 统计 occurs, in every part.
        Scan scan = new Scan();
        for (Section s : Section.values()) {
            String t = r.sections().get(s);
            int words = rules & wordsOf(s);
            if (t != null && (words != 0 || r.year() != null)) {
                scan.part(t, s.ordinal(), words, r.year() != null);
            }
        }
        if ((rules & APPLICATION) != 0) {
            applications(r, scan.sentencesWith(APPLICATION), out);
        }
        if ((rules & PROACTIVE_WORD) != 0) {
            proactive(r, scan.sentencesWith(PROACTIVE_WORD), out);
        }
        if ((rules & REVIEW_WORD) != 0) {
            review(r, scan.sentencesWith(REVIEW_WORD), out);
        }
        if (r.year() != null) {
            year(r, scan, out);
        }
    }

    private static String text(Report r, Section s) {
        String t = r.sections().get(s);
        return t == null ? "" : t;
    }

    /** The words whose sentences a part is read for, besides part 一's: its own rule's. */
    private static int wordsOf(Section s) {
        if (s == Section.OVERVIEW) {
            return APPLICATION | PROACTIVE_WORD | REVIEW_WORD;
        }
        return s == Section.APPLICATIONS ? APPLICATION : s == Section.PROACTIVE ? PROACTIVE_WORD
                : s == Section.REVIEW_LITIGATION ? REVIEW_WORD : 0;
    }

    /**
     * The sentences of {@code text} (cut at {@code [。；;！!？?\n]}, stripped) that contain one of {@code words}
     * ({@link #APPLICATION}, {@link #PROACTIVE_WORD}, {@link #REVIEW_WORD}), in order.
     */
    static List<String> sentencesWith(String text, int words) {
        Scan scan = new Scan();
        scan.part(text, 0, words, false);
        return scan.sentencesWith(words);
    }

    /**
     * What one pass over each part of a report found: the sentences that contain the rules' words, each marked with
     * the words it contains, and where 统计 occurs. A pass reads each character once, instead of one
     * {@code indexOf} per word and one for 统计, each over part 一 again.
     */
    private static final class Scan {
        private char[] chars = new char[0];
        private final List<String> sentences = new ArrayList<>(8);
        private int[] words = new int[8];
        /** Where 统计 occurs, in text order: the part (its ordinal) and the index in it. */
        private int[] statisticsPart = new int[4];
        private int[] statisticsAt = new int[4];
        private int statistics;

        /**
         * Reads one part: marks its sentences with the {@code wanted} words they contain and, when asked, records
         * where 统计 occurs.
         */
        void part(String text, int part, int wanted, boolean statistic) {
            if (wanted == 0) { // only 统计 is looked for (parts 五 and 六): without copying the text out
                for (int i = text.indexOf("统计"); statistic && i >= 0; i = text.indexOf("统计", i + 2)) {
                    addStatistic(part, i);
                }
                return;
            }
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            char[] t = chars;
            text.getChars(0, n, t, 0); // String.charAt checks its index on every call
            int start = 0;
            int found = 0;
            for (int i = 0; i < n; i++) {
                char c = t[i];
                if ((STOPS >>> c & 1) == 0) {
                    continue; // most characters: neither a word's first character nor a sentence end
                }
                if (c >= '主' && c <= '行') { // U+4E3B..U+884C: the first characters of the words (no sentence end)
                    if (c == '申') {
                        if (i + 1 < n && t[i + 1] == '请') {
                            found |= APPLICATION;
                        }
                    } else if (c == '主') {
                        if (i + 3 < n && t[i + 1] == '动' && t[i + 2] == '公' && t[i + 3] == '开') {
                            found |= PROACTIVE_WORD;
                        }
                    } else if (c == '行') {
                        if (i + 3 < n && t[i + 1] == '政'
                                && (t[i + 2] == '复' && t[i + 3] == '议' || t[i + 2] == '诉' && t[i + 3] == '讼')) {
                            found |= REVIEW_WORD;
                        }
                    } else if (c == '统' && statistic && i + 1 < n && t[i + 1] == '计') {
                        addStatistic(part, i);
                    }
                } else if (isSentenceEnd(c)) {
                    if ((found & wanted) != 0) {
                        add(text.substring(start, i), found & wanted);
                    }
                    start = i + 1;
                    found = 0;
                }
            }
            if ((found & wanted) != 0) {
                add(text.substring(start, n), found & wanted);
            }
        }

        private void add(String sentence, int marks) {
            if (sentences.size() == words.length) {
                words = java.util.Arrays.copyOf(words, 2 * words.length);
            }
            words[sentences.size()] = marks;
            sentences.add(sentence.strip());
        }

        private void addStatistic(int part, int at) {
            if (statistics == statisticsAt.length) {
                statisticsPart = java.util.Arrays.copyOf(statisticsPart, 2 * statistics);
                statisticsAt = java.util.Arrays.copyOf(statisticsAt, 2 * statistics);
            }
            statisticsPart[statistics] = part;
            statisticsAt[statistics++] = at;
        }

        /** The sentences marked with {@code word}, in the order of the text (part 一's first). */
        List<String> sentencesWith(int word) {
            List<String> out = new ArrayList<>(4);
            for (int k = 0; k < sentences.size(); k++) {
                if ((words[k] & word) != 0) {
                    out.add(sentences.get(k));
                }
            }
            return out;
        }
    }

    /**
     * Bit {@code c % 64} set for each character {@link Scan#part} stops at: the first characters of 申请, 主动公开,
     * 行政复议/行政诉讼 and 统计, and the sentence ends. 10 of the 64 bits are set, so one shift and test passes over
     * most characters of a text.
     */
    private static final long STOPS = bits("申主行统。；;！!？?\n");

    private static long bits(String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << chars.charAt(i); // a long's shift takes the low 6 bits of the count
        }
        return bits;
    }

    /** {@code [。；;！!？?\n]}: ASCII first, then 。 and the full-width ！；？ (U+FF01..U+FF1F). */
    private static boolean isSentenceEnd(char c) {
        if (c <= '?') {
            return c == '\n' || c == ';' || c == '!' || c == '?';
        }
        return c == '。' || c >= '！' && (c == '！' || c == '；' || c == '？');
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

    private static void year(Report r, Scan scan, List<Diagnostic> out) {
        int year = r.year();
        // PERIOD starts with 统计: try it only where 统计 is (the scan found those), as find() would on the joined
        // parts, from the end of the last match. A match is looked for within its part; only one that runs into the
        // part's end (the joined text could continue it) is looked for in the joined text, from there on.
        String all = null;
        int at = -1;
        if (scan.statistics > 0) {
            int offset = 0;
            int k = 0;
            Matcher m = PERIOD.matcher("");
            parts:
            for (Section s : Section.values()) {
                String part = r.sections().get(s);
                if (part == null) {
                    continue;
                }
                m.reset(part);
                int from = 0;
                for (; k < scan.statistics && scan.statisticsPart[k] == s.ordinal(); k++) {
                    int i = scan.statisticsAt[k];
                    if (i < from) {
                        continue; // inside the last match
                    }
                    m.region(i, part.length());
                    boolean found = m.lookingAt();
                    if (m.hitEnd()) {
                        all = r.sections().joined();
                        at = offset + i;
                        break parts;
                    }
                    if (!found) {
                        continue;
                    }
                    if (periodMismatch(m, year, out)) {
                        return;
                    }
                    from = m.end();
                }
                offset += part.length() + 1;
            }
        }
        if (all != null) {
            Matcher m = PERIOD.matcher(all);
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
        String overview = text(r, Section.OVERVIEW);
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
