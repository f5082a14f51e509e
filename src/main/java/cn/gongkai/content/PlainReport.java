package cn.gongkai.content;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.Section;
import cn.gongkai.model.SourceRef;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast way through a report's front matter, for files in the form {@code generate} and {@code import} write
 * them and clerks keep: top-level keys, the four tables one level deep, rows as one-line lists of whole numbers,
 * {@code /} marks and nulls. It reads the text straight into the {@link Report} that {@link ReportReader} would
 * build from the {@link LocatedYaml} tree, and gives up (null) at anything else, and at anything the full reader
 * would report as a problem (unknown key, wrong type, negative count, year not the file's, a table of another
 * format, a source copy the source check has something to say about, diagnostics, provenance): the caller then
 * reads the file the full way, which reports it. A {@code source} mapping is read here (its copy checked by the
 * loader's source check, which must find nothing to say).
 * A test checks that both ways give equal reports and line maps on every fixture.
 */
final class PlainReport {
    private static final CellKind[] THREE = {CellKind.COUNT, CellKind.COUNT, CellKind.COUNT};
    private static final CellKind[] ITEMS = {CellKind.COUNT, CellKind.CHANGE, CellKind.COUNT};
    private static final CellKind[] FEES = {CellKind.COUNT, CellKind.CHANGE};
    private static final CellKind[] PROCUREMENT = {CellKind.COUNT, CellKind.AMOUNT};
    private static final CellKind[] SEVEN = filled(7);
    private static final CellKind[] FIVE = filled(5);
    private static final List<String> TABLES = List.of("art20", "art20_2019", "applications", "review_litigation");
    /** The format's keys as the paths the line map uses, one shared string each: top-level, and per table. */
    private static final Map<String, String> TOP_PATHS = new HashMap<>();
    private static final Map<String, Map<String, String>> CHILD_PATHS = new HashMap<>();
    /** {@code applications.<row key>} to its row. */
    private static final Map<String, ApplicationRow> ROWS = new HashMap<>();
    /** The top-level keys, and each table's keys, found in the text in place. */
    private static final Keys TOP;
    private static final Map<String, Keys> CHILDREN = new HashMap<>();
    /** {@code sections.<key>} of each part, by ordinal: the line of its heading in {@link ReportFile#lines()}. */
    private static final List<String> SECTION_PATHS = sectionPaths();
    /** {@code review_litigation.<key>} of each group, by ordinal ({@code GROUP_KEYS} is in that order). */
    private static final List<String> GROUP_ROW_PATHS = orderedPaths("review_litigation", ReportReader.GROUP_KEYS);
    /** The row paths each table allows in the report's format. */
    private static final Set<String> ART20_PATHS = paths("art20", ReportReader.ART20_KEYS);
    private static final Set<String> ART20_2019_PATHS = paths("art20_2019", ReportReader.ART20_2019_KEYS);
    private static final Set<String> ROW_PATHS_2019 = paths("applications", ReportReader.ROW_KEYS_2019);
    private static final Set<String> ROW_PATHS_2021 = paths("applications", ReportReader.ROW_KEYS_2021);
    private static final Set<String> GROUP_PATHS = paths("review_litigation", ReportReader.GROUP_KEYS);

    static {
        for (String k : ReportReader.TOP_KEYS) {
            TOP_PATHS.put(k, k);
        }
        children("art20", ReportReader.ART20_KEYS);
        children("art20_2019", ReportReader.ART20_2019_KEYS);
        children("review_litigation", ReportReader.GROUP_KEYS);
        children("source", ReportReader.SOURCE_KEYS);
        List<String> rows = new java.util.ArrayList<>();
        for (ApplicationRow r : ApplicationRow.values()) {
            rows.add(r.key());
        }
        children("applications", rows);
        for (ApplicationRow r : ApplicationRow.values()) {
            ROWS.put(CHILD_PATHS.get("applications").get(r.key()), r);
        }
        TOP = new Keys(TOP_PATHS);
        CHILD_PATHS.forEach((table, paths) -> CHILDREN.put(table, new Keys(paths)));
    }

    private static Set<String> paths(String table, List<String> keys) {
        return new HashSet<>(orderedPaths(table, keys));
    }

    /** {@code table.<key>} of each key, in the keys' order. */
    private static List<String> orderedPaths(String table, List<String> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            out.add(table + "." + k);
        }
        return List.copyOf(out);
    }

    private static List<String> sectionPaths() {
        List<String> keys = new ArrayList<>();
        for (Section s : Section.values()) {
            keys.add(s.key());
        }
        return orderedPaths("sections", keys);
    }

    /**
     * Known keys, each with its path, found by the key's text in place (no substring): a small open-addressing
     * table keyed by the text's {@code String.hashCode}.
     */
    private static final class Keys {
        private final String[] keys;
        private final String[] paths;
        private final int mask;

        Keys(Map<String, String> pathOfKey) {
            int size = Integer.highestOneBit(Math.max(4, pathOfKey.size()) * 4);
            keys = new String[size];
            paths = new String[size];
            mask = size - 1;
            pathOfKey.forEach((k, p) -> {
                int s = spread(k.hashCode()) & mask;
                while (keys[s] != null) {
                    s = (s + 1) & mask;
                }
                keys[s] = k;
                paths[s] = p;
            });
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** The path of the key {@code text[from, to)}, or null when it is not one of these keys. */
        String path(char[] text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text[i];
            }
            int len = to - from;
            for (int s = spread(h) & mask; keys[s] != null; s = (s + 1) & mask) {
                String k = keys[s];
                if (k.length() == len && same(k, text, from)) {
                    return paths[s];
                }
            }
            return null;
        }
    }

    private static void children(String table, List<String> keys) {
        Map<String, String> paths = new HashMap<>();
        for (String k : keys) {
            paths.put(k, table + "." + k);
        }
        CHILD_PATHS.put(table, paths);
    }

    private PlainReport() {
    }

    private static CellKind[] filled(int n) {
        CellKind[] k = new CellKind[n];
        Arrays.fill(k, CellKind.COUNT);
        return k;
    }

    /**
     * A key's value as written: {@code src[start, end)} (comment removed; empty for a key whose value follows on
     * the next lines), and its line.
     */
    private static final class Value {
        final char[] src;
        final int start;
        final int end;
        final int line;

        Value(char[] src, int start, int end, int line) {
            this.src = src;
            this.start = start;
            this.end = end;
            this.line = line;
        }

        String text() {
            return new String(src, start, end - start);
        }

        boolean isEmpty() {
            return start == end;
        }
    }

    /**
     * Reads the front matter {@code yaml} (its first line is file line {@code firstLine}) into a report, and puts
     * the line of every key ({@code applications.granted}) and part heading ({@code sections.overview}) into
     * {@code lines}; null when the file needs the full reader.
     */
    static Report read(FrontMatter fm, String id, int fileYear, Region region, BodySections body,
                       LineMap.Builder lines, ReportReader.SourceCheck sourceCheck) {
        Map<String, Value> top = new HashMap<>(16);
        Map<String, Map<String, Value>> tables = new HashMap<>(8);
        if (!scan(fm.text(), fm.yamlStart(), fm.yamlEnd(), fm.yamlFirstLine(), top, tables, lines)) {
            return null;
        }
        for (String k : top.keySet()) {
            if (!ReportReader.TOP_KEYS.contains(k) || k.equals("diagnostics") || k.equals("provenance")) {
                return null;
            }
        }
        for (String k : tables.keySet()) {
            if (!TABLES.contains(k) && !k.equals("source")) {
                return null; // e.g. issuer or published written as a mapping
            }
        }
        String issuer = text(top.get("issuer"));
        ReportFormat format = format(top.get("format"));
        Integer year = count(top.get("year"));
        if (issuer == null || issuer.isEmpty() || format == null || year == null || year != fileYear) {
            return null;
        }
        LocalDate published = null;
        Value p = top.get("published");
        if (p != null && !isNull(p)) {
            String s = text(p);
            if (s == null) {
                return null;
            }
            if (!s.isEmpty()) {
                try {
                    published = date(s);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        Integer proactive = null;
        Value pt = top.get("proactive_total");
        if (pt != null && !isNull(pt)) {
            proactive = count(pt);
            if (proactive == null) {
                return null;
            }
        }
        SourceRef source;
        try {
            source = source(top.get("source"), tables.get("source"), sourceCheck);
        } catch (GiveUp e) {
            return null;
        }
        Report.Builder b = Report.builder(format).id(id).issuer(issuer).region(region).year(year)
                .proactiveTotal(proactive).published(published).source(source).sections(body.sections());
        Map<String, Value> art20 = table("art20", top, tables, format == ReportFormat.F2021);
        Map<String, Value> art2019 = table("art20_2019", top, tables, format == ReportFormat.F2019);
        Map<String, Value> apps = table("applications", top, tables, format != ReportFormat.PRE2019);
        Map<String, Value> review = table("review_litigation", top, tables, format != ReportFormat.PRE2019);
        if (art20 == FAILED || art2019 == FAILED || apps == FAILED || review == FAILED) {
            return null;
        }
        try {
            if (art20 != null) {
                b.art20(art20(art20));
            }
            if (art2019 != null) {
                b.art20Format2019(art20Format2019(art2019));
            }
            if (apps != null) {
                b.applications(applications(apps, format));
            }
            if (review != null) {
                b.reviewLitigation(reviewLitigation(review));
            }
        } catch (GiveUp e) {
            return null;
        }
        for (Map.Entry<Section, Integer> e : body.headingLines().entrySet()) {
            lines.put(SECTION_PATHS.get(e.getKey().ordinal()), e.getValue());
        }
        return b.build();
    }

    /**
     * The {@code source} mapping as {@code ReportReader.source} reads it when it has nothing to report: null when
     * absent; its {@code file} checked by {@code check} (which must find nothing to say, else the full reader runs
     * and says it).
     */
    private static SourceRef source(Value v, Map<String, Value> keys, ReportReader.SourceCheck check) throws GiveUp {
        if (v == null || keys == null && isNull(v)) {
            return null;
        }
        if (keys == null) {
            throw new GiveUp(); // a value that is not a mapping
        }
        String kind = string(keys.get("source.kind"));
        if (kind != null && !ReportReader.SOURCE_KINDS.contains(kind)) {
            throw new GiveUp();
        }
        String file = string(keys.get("source.file"));
        String sha = string(keys.get("source.sha256"));
        if (sha != null) {
            sha = sha.toLowerCase(java.util.Locale.ROOT);
            if (!ReportReader.isLowerHex64(sha)) {
                throw new GiveUp();
            }
        }
        String url = string(keys.get("source.url"));
        String relative = null;
        if (file != null) {
            Value f = keys.get("source.file");
            Value s = keys.get("source.sha256");
            FileProblems found = new FileProblems("");
            relative = check.check(file, sha, f.line, s == null ? 0 : s.line, found);
            if (relative == null || !found.list().isEmpty()) {
                throw new GiveUp();
            }
            if (kind == null) {
                kind = ReportReader.kindOf(relative);
            }
        }
        return new SourceRef(kind, relative == null ? file : relative, sha, url);
    }

    /** A text (or number) value stripped as {@code FieldReader.string} reads it: null when absent, null or empty. */
    private static String string(Value v) throws GiveUp {
        if (v == null || isNull(v)) {
            return null;
        }
        JsonNode n = PlainYaml.scalar(v.text(), PlainYaml.NODES);
        if (n == null || !n.isTextual() && !n.isNumber()) {
            throw new GiveUp();
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Thrown inside the table readers when the file needs the full reader. */
    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final Map<String, Value> FAILED = Map.of();

    /**
     * Splits the front matter into top-level keys and the keys one level under them, as {@link PlainYaml} reads
     * lines (same indentation, comment and key rules); false for anything else.
     */
    private static boolean scan(char[] text, int from, int to, int firstLine, Map<String, Value> top,
                                Map<String, Map<String, Value>> tables, LineMap.Builder lines) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\t' || c == '\r') {
                return false; // tabs (and carriage returns, which FrontMatter removes) are left to the full reader
            }
        }
        String open = null;          // top key whose value is on the next lines
        Keys openKeys = null;
        Map<String, Value> children = null;
        int childIndent = -1;
        YamlLines rows = new YamlLines(text, from, to);
        while (rows.next()) {
            int i = rows.index();
            int indent = rows.indent();
            int cStart = rows.contentStart();
            int cEnd = rows.contentEnd();
            int colon = cStart;
            while (colon < cEnd && text[colon] != ':') {
                colon++;
            }
            if (colon >= cEnd || colon == cStart || colon + 1 < cEnd && text[colon + 1] != ' ') {
                return false;
            }
            Value value = value(text, colon + 1, cEnd, firstLine + i);
            if (value == null) {
                return false;
            }
            int line = value.line;
            if (indent == 0) {
                open = null;
                openKeys = null;
                children = null;
                childIndent = -1;
                // Every key of the format is a plain key (PlainYaml.isKey); anything else is not one of them.
                String path = TOP.path(text, cStart, colon);
                if (path == null || top.containsKey(path)) {
                    return false; // not a key of the format, or written twice
                }
                top.put(path, value);
                lines.put(path, line);
                if (value.isEmpty()) {
                    open = path;
                    openKeys = CHILDREN.get(path);
                }
                continue;
            }
            if (open == null || childIndent >= 0 && indent != childIndent) {
                return false;
            }
            if (children == null) {
                childIndent = indent;
                children = new HashMap<>(64);
                tables.put(open, children);
            }
            String path = openKeys == null ? null : openKeys.path(text, cStart, colon);
            if (path == null || value.isEmpty() || children.containsKey(path)) {
                return false; // not a row of this table, a third level, or a key written twice
            }
            children.put(path, value);
            lines.put(path, line);
        }
        return true;
    }

    /**
     * The value after a key's colon, {@code text[from, to)} ({@code to}: the line's last non-white character),
     * as {@code PlainYaml.withoutComment(text.substring(from, to).strip())} gives it, as a range; null where that
     * gives null.
     */
    private static Value value(char[] text, int from, int to, int line) {
        int s = from;
        while (s < to && FrontMatter.isWhitespace(text[s])) {
            s++;
        }
        if (s == to) {
            return new Value(text, s, s, line);
        }
        char first = text[s];
        if (first == '"') {
            int close = -1;
            for (int i = s; i < to; i++) {
                char c = text[i];
                if (c == '\\') {
                    return null;
                }
                if (c == '"' && i > s && close < 0) {
                    close = i;
                }
            }
            if (close < 0) {
                return null;
            }
            int after = close + 1;
            while (after < to && FrontMatter.isWhitespace(text[after])) {
                after++;
            }
            return after == to || text[after] == '#' ? new Value(text, s, close + 1, line) : null;
        }
        if (first == '#') {
            return new Value(text, s, s, line);
        }
        int e = to;
        for (int i = s; i + 1 < to; i++) {
            if (text[i] == ' ' && text[i + 1] == '#') {
                e = i;
                while (e > s && FrontMatter.isWhitespace(text[e - 1])) {
                    e--;
                }
                break;
            }
        }
        return new Value(text, s, e, line);
    }

    /**
     * A table's rows, null when it is absent (no key, or a null value), or {@link #FAILED} when it has a value
     * that is not a mapping or is not allowed in the report's format.
     */
    private static Map<String, Value> table(String key, Map<String, Value> top, Map<String, Map<String, Value>> tables,
                                            boolean allowed) {
        Value v = top.get(key);
        if (v == null) {
            return null;
        }
        Map<String, Value> rows = tables.get(key);
        if (rows == null) {
            return v.isEmpty() || isNull(v) ? null : FAILED;
        }
        return allowed ? rows : FAILED;
    }

    private static boolean isNull(Value v) {
        int len = v.end - v.start;
        char[] t = v.src;
        return len == 0 || len == 1 && t[v.start] == '~' || len == 4 && (same("null", t, v.start)
                || same("Null", t, v.start) || same("NULL", t, v.start));
    }

    /** A plain or quoted text value stripped, "" for null; null when it is not text. */
    private static String text(Value v) {
        if (v == null) {
            return null;
        }
        if (isNull(v)) {
            return "";
        }
        JsonNode n = PlainYaml.scalar(v.text(), PlainYaml.NODES);
        return n != null && n.isTextual() ? n.asText().strip() : null;
    }

    private static ReportFormat format(Value v) {
        if (v == null || isNull(v)) {
            return null;
        }
        JsonNode n = PlainYaml.scalar(v.text(), PlainYaml.NODES);
        String s = n != null && (n.isTextual() || n.isIntegralNumber()) ? n.asText().strip() : null;
        for (ReportFormat f : ReportFormat.values()) {
            if (f.key().equals(s)) {
                return f;
            }
        }
        return null;
    }

    /** A whole number ≥ 0 that fits an int, or null. */
    private static Integer count(Value v) {
        if (v == null) {
            return null;
        }
        long n = wholeNumber(v.src, v.start, v.end);
        return n >= 0 && n <= Integer.MAX_VALUE ? Integer.valueOf((int) n) : null;
    }

    /**
     * {@code LocalDate.parse(s)}: a date written {@code yyyy-mm-dd} (nearly all) is read by hand and made by
     * {@code LocalDate.of}, which rejects a month or day that does not exist as the strict parser does; anything
     * else goes to {@code LocalDate.parse}. (The parser's formatter, context and resolver run thousands of times in
     * a build, first interpreted, then compiled: tens of milliseconds, for a date.) Throws as both do, a
     * {@link DateTimeException}.
     */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            char[] c = s.toCharArray();
            long y = digits(c, 0, 4);
            long m = digits(c, 5, 7);
            long d = digits(c, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of((int) y, (int) m, (int) d);
            }
        }
        return LocalDate.parse(s);
    }

    /** Whether {@code text} has {@code k} at {@code from} (there are {@code k.length()} characters from there). */
    private static boolean same(String k, char[] text, int from) {
        for (int i = 0, n = k.length(); i < n; i++) {
            if (k.charAt(i) != text[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits {@code s[from, to)} (at most 18) as a number, or −1 when one of them is not a digit. */
    private static long digits(char[] s, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code 0|[1-9][0-9]*} of at most 18 digits in {@code t[from, to)} as a number, else −1. */
    private static long wholeNumber(char[] t, int from, int to) {
        int len = to - from;
        if (len == 0 || len > 18 || t[from] == '0' && len > 1) {
            return -1;
        }
        return digits(t, from, to);
    }

    /** {@code 0|[1-9][0-9]*} of at most 18 digits as a number, else −1. */
    private static long wholeNumber(String t) {
        return wholeNumber(t.toCharArray(), 0, t.length());
    }

    /** One cell as written, read as {@link FieldReader#cells} or {@link FieldReader#cell} reads it. */
    private static Cell cell(String t, CellKind kind) throws GiveUp {
        if (t.isEmpty()) {
            return Cell.UNKNOWN; // a key without value (a single cell)
        }
        char c = t.charAt(0);
        if (c >= '0' && c <= '9') {
            long n = wholeNumber(t);
            if (n >= 0) {
                return Cell.of(n);
            }
            if (kind == CellKind.AMOUNT && isDecimal(t, 0)) {
                BigDecimal v = new BigDecimal(t);
                return Cell.of(v, v.toPlainString());
            }
            throw new GiveUp();
        }
        if (c == '-' && kind == CellKind.CHANGE) {
            long n = wholeNumber(t.substring(1));
            if (n >= 0) {
                BigDecimal v = BigDecimal.valueOf(-n);
                return Cell.of(v, v.toPlainString());
            }
            throw new GiveUp();
        }
        if (c == '"') {
            if (t.length() < 2 || t.charAt(t.length() - 1) != '"' || t.indexOf('"', 1) != t.length() - 1
                    || t.indexOf('\\') >= 0) {
                throw new GiveUp();
            }
            return mark(t.substring(1, t.length() - 1).strip());
        }
        if (t.equals("~") || t.equals("null") || t.equals("Null") || t.equals("NULL")) {
            return Cell.UNKNOWN;
        }
        if (t.equals("/") || t.equals("／") || t.equals("—") || t.equals("无")) {
            return Cell.notApplicable(t);
        }
        throw new GiveUp();
    }

    private static Cell mark(String s) throws GiveUp {
        if (s.isEmpty() || s.equals("/") || s.equals("／") || s.equals("—") || s.equals("无")) {
            return Cell.notApplicable(s);
        }
        throw new GiveUp();
    }

    /** {@code (0|[1-9][0-9]*)\.[0-9]+} from {@code from}. */
    private static boolean isDecimal(String t, int from) {
        int dot = t.indexOf('.', from);
        if (dot <= from || dot == t.length() - 1 || t.charAt(from) == '0' && dot > from + 1) {
            return false;
        }
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A row written as a one-line list of {@code kinds.length} cells; null when the row is absent or null. */
    private static List<Cell> row(Value v, CellKind[] kinds) throws GiveUp {
        if (v == null || isNull(v)) {
            return null;
        }
        char[] t = v.src;
        int last = v.end - 1;
        if (t[v.start] != '[' || t[last] != ']') {
            throw new GiveUp();
        }
        // The items between the brackets, split at commas; a bracket inside is left to the full reader.
        Cell[] cells = new Cell[kinds.length];
        int n = 0;
        int from = v.start + 1;
        for (int i = from; i <= last; i++) {
            char c = i == last ? ',' : t[i];
            if (c == '[' || c == ']') {
                throw new GiveUp();
            }
            if (c != ',') {
                continue;
            }
            int s = from;
            int e = i;
            while (s < e && FrontMatter.isWhitespace(t[s])) {
                s++;
            }
            while (e > s && FrontMatter.isWhitespace(t[e - 1])) {
                e--;
            }
            if (s == e || n == kinds.length) {
                throw new GiveUp(); // an empty item, or more cells than the row has
            }
            long whole = wholeNumber(t, s, e);
            cells[n] = whole >= 0 ? Cell.of(whole) : cell(new String(t, s, e - s), kinds[n]);
            n++;
            from = i + 1;
        }
        if (n != kinds.length) {
            throw new GiveUp();
        }
        return Arrays.asList(cells);
    }

    /** A single cell of part 二; a list or mapping there is a wrong type. */
    private static Cell single(Value v, CellKind kind) throws GiveUp {
        if (v == null || isNull(v)) {
            return Cell.UNKNOWN;
        }
        char c = v.src[v.start];
        if (c == '[' || c == '{') {
            throw new GiveUp();
        }
        long whole = wholeNumber(v.src, v.start, v.end);
        return whole >= 0 ? Cell.of(whole) : cell(v.text(), kind);
    }

    /** Every row key must be one of {@code allowed} ({@code table.key} paths of the report's format). */
    private static void keysIn(Map<String, Value> rows, Set<String> allowed) throws GiveUp {
        for (String path : rows.keySet()) {
            if (!allowed.contains(path)) {
                throw new GiveUp();
            }
        }
    }

    private static Art20 art20(Map<String, Value> t) throws GiveUp {
        keysIn(t, ART20_PATHS);
        return new Art20(counts(row(t.get("art20.rules"), THREE)), counts(row(t.get("art20.normative_documents"), THREE)),
                single(t.get("art20.licensing_decisions"), CellKind.COUNT),
                single(t.get("art20.punishment_decisions"), CellKind.COUNT),
                single(t.get("art20.coercion_decisions"), CellKind.COUNT),
                single(t.get("art20.fee_income_10k_yuan"), CellKind.AMOUNT));
    }

    private static DocumentCounts counts(List<Cell> c) {
        return c == null ? DocumentCounts.UNKNOWN : new DocumentCounts(c.get(0), c.get(1), c.get(2));
    }

    private static Art20Format2019 art20Format2019(Map<String, Value> t) throws GiveUp {
        keysIn(t, ART20_2019_PATHS);
        List<Cell> rules = row(t.get("art20_2019.rules"), THREE);
        List<Cell> docs = row(t.get("art20_2019.normative_documents"), THREE);
        List<Cell> fees = row(t.get("art20_2019.fees"), FEES);
        List<Cell> proc = row(t.get("art20_2019.procurement"), PROCUREMENT);
        return new Art20Format2019(
                rules == null ? null : new Art20Format2019.Published(rules.get(0), rules.get(1), rules.get(2)),
                docs == null ? null : new Art20Format2019.Published(docs.get(0), docs.get(1), docs.get(2)),
                items(row(t.get("art20_2019.licensing"), ITEMS)), items(row(t.get("art20_2019.other_services"), ITEMS)),
                items(row(t.get("art20_2019.punishment"), ITEMS)), items(row(t.get("art20_2019.coercion"), ITEMS)),
                fees == null ? null : new Art20Format2019.Fees(fees.get(0), fees.get(1)),
                proc == null ? null : new Art20Format2019.Procurement(proc.get(0), proc.get(1)));
    }

    private static Art20Format2019.Items items(List<Cell> c) {
        return c == null ? null : new Art20Format2019.Items(c.get(0), c.get(1), c.get(2));
    }

    private static ApplicationTable applications(Map<String, Value> t, ReportFormat format) throws GiveUp {
        keysIn(t, format == ReportFormat.F2019 ? ROW_PATHS_2019 : ROW_PATHS_2021);
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (Map.Entry<String, Value> e : t.entrySet()) {
            List<Cell> cells = row(e.getValue(), SEVEN);
            if (cells != null) {
                rows.put(ROWS.get(e.getKey()), cells);
            }
        }
        return ApplicationTable.of(format, rows);
    }

    private static ReviewLitigation reviewLitigation(Map<String, Value> t) throws GiveUp {
        keysIn(t, GROUP_PATHS);
        ReviewOutcome[] out = new ReviewOutcome[ReviewGroup.values().length];
        for (ReviewGroup g : ReviewGroup.values()) {
            List<Cell> cells = row(t.get(GROUP_ROW_PATHS.get(g.ordinal())), FIVE);
            out[g.ordinal()] = cells == null ? ReviewOutcome.UNKNOWN : ReviewOutcome.of(cells);
        }
        return new ReviewLitigation(out[0], out[1], out[2]);
    }
}
