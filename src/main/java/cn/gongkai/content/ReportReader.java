package cn.gongkai.content;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.Section;
import cn.gongkai.model.Severity;
import cn.gongkai.model.SourceRef;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns the front matter and body of one {@code <year>.md} into a {@link Report}, reporting every problem. */
final class ReportReader {
    static final List<String> TOP_KEYS = List.of("issuer", "year", "format", "published", "source",
            "proactive_total", "art20", "art20_2019", "applications", "review_litigation", "diagnostics",
            "provenance");
    static final List<String> SOURCE_KEYS = List.of("kind", "file", "sha256", "url");
    static final List<String> SOURCE_KINDS = List.of("pdf", "html", "text", "data");
    static final List<String> ART20_KEYS = List.of("rules", "normative_documents", "licensing_decisions",
            "punishment_decisions", "coercion_decisions", "fee_income_10k_yuan");
    static final List<String> ART20_2019_KEYS = List.of("rules", "normative_documents", "licensing",
            "other_services", "punishment", "coercion", "fees", "procurement");
    private static final List<String> DIAGNOSTIC_KEYS = List.of("severity", "code", "message", "location");
    private static final List<CellKind> THREE = List.of(CellKind.COUNT, CellKind.COUNT, CellKind.COUNT);
    private static final List<CellKind> ITEMS = List.of(CellKind.COUNT, CellKind.CHANGE, CellKind.COUNT);
    private static final List<CellKind> SEVEN = Collections.nCopies(7, CellKind.COUNT);
    private static final List<CellKind> FIVE = Collections.nCopies(5, CellKind.COUNT);
    private static final String SEVEN_LABELS = "自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计";
    private static final String FIVE_LABELS = "结果维持, 结果纠正, 其他结果, 尚未审结, 总计";

    static final List<String> ROW_KEYS_2021 = ApplicationRow.rowsOf(ReportFormat.F2021).stream()
            .map(ApplicationRow::key).toList();
    static final List<String> ROW_KEYS_2019 = ApplicationRow.rowsOf(ReportFormat.F2019).stream()
            .map(ApplicationRow::key).toList();
    /** {@code applications.<row key>} by row ordinal. */
    private static final String[] ROW_PATHS = Arrays.stream(ApplicationRow.values())
            .map(r -> "applications." + r.key()).toArray(String[]::new);
    private static final List<String> APPLICANT_KEYS = Arrays.stream(ApplicantColumn.values())
            .map(ApplicantColumn::key).toList();
    static final List<String> GROUP_KEYS = Arrays.stream(ReviewGroup.values()).map(ReviewGroup::key).toList();
    private static final List<String> REVIEW_KEYS = Arrays.stream(ReviewColumn.values()).map(ReviewColumn::key).toList();

    private final FieldReader in;
    private final Map<String, Integer> cellLines = new HashMap<>();

    ReportReader(FieldReader in) {
        this.in = in;
    }

    /** Cell paths ({@code applications.granted.total}) to the line each cell was written on. */
    Map<String, Integer> cellLines() {
        return cellLines;
    }

    /**
     * Reads the report; the caller decides whether it is kept (it is not when {@link FileProblems#hasErrors()}).
     *
     * @param fileYear the year in the file name
     * @param source   checks {@code source.file} and returns it relative to the content root, or null
     */
    Report read(String id, int fileYear, Region region, BodySections body, SourceCheck source) {
        JsonNode root = in.node("");
        in.reportDuplicateKeys();
        in.checkKeys("", root, TOP_KEYS);

        String issuer = in.string("issuer", true);
        Integer year = year(fileYear);
        ReportFormat format = format();
        LocalDate published = published();
        SourceRef src = source(source);
        Integer proactive = in.count("proactive_total", false);

        Report.Builder b = Report.builder(format == null ? ReportFormat.F2021 : format)
                .id(id).issuer(issuer).region(region).year(year).proactiveTotal(proactive)
                .published(published).source(src).sections(body.sections());
        if (format != null) {
            b.art20(art20(format));
            b.art20Format2019(art20Format2019(format));
            b.applications(applications(format));
            b.reviewLitigation(reviewLitigation(format));
        }
        b.diagnostics(diagnostics());
        b.provenance(provenance());
        for (Map.Entry<Section, Integer> e : body.headingLines().entrySet()) {
            cellLines.put("sections." + e.getKey().key(), e.getValue());
        }
        return b.build();
    }

    private Integer year(int fileYear) {
        JsonNode n = in.node("year");
        if (FieldReader.absent(n)) {
            in.missing("year");
            return null;
        }
        Integer y = in.count("year", true);
        if (y != null && y != fileYear) {
            in.problems().error(in.line("year"), "year", "year-file-mismatch", "year 写的是 " + y + "，但文件名是 "
                    + fileYear + ".md；二者必须一致（文件名按报告统计的年度命名）");
        }
        return y;
    }

    private ReportFormat format() {
        JsonNode n = in.node("format");
        if (FieldReader.absent(n)) {
            in.missing("format");
            return null;
        }
        String s = n.isTextual() || n.isIntegralNumber() ? n.asText().strip() : null;
        for (ReportFormat f : ReportFormat.values()) {
            if (f.key().equals(s)) {
                return f;
            }
        }
        in.problems().error(in.line("format"), "format", "bad-value", "format 应为 \"2021\"、\"2019\" 或 \"pre2019\"，实际是"
                + FieldReader.describe(n));
        return null;
    }

    private LocalDate published() {
        String s = in.string("published", false);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            in.problems().error(in.line("published"), "published", "bad-value",
                    "发布日期应写成 年-月-日，例如 2025-01-20，实际是“" + s + "”");
            return null;
        }
    }

    private SourceRef source(SourceCheck check) {
        JsonNode n = in.mapping("source", "一组键值（kind、file、sha256、url）");
        if (n == null) {
            return null;
        }
        in.checkKeys("source", n, SOURCE_KEYS);
        String kind = in.string("source.kind", false);
        if (kind != null && !SOURCE_KINDS.contains(kind)) {
            in.problems().error(in.line("source.kind"), "source.kind", "bad-value",
                    "source.kind 应为 " + String.join("、", SOURCE_KINDS) + " 之一，实际是“" + kind + "”");
            kind = null;
        }
        String file = in.string("source.file", false);
        String sha = in.string("source.sha256", false);
        if (sha != null) {
            sha = sha.toLowerCase(Locale.ROOT);
            if (!isLowerHex64(sha)) {
                in.problems().error(in.line("source.sha256"), "source.sha256", "bad-value",
                        "sha256 应为 64 位十六进制数字（sha256sum 的输出），实际是“" + sha + "”");
                sha = null;
            }
        }
        String url = in.string("source.url", false);
        String relative = null;
        if (file != null) {
            relative = check.check(file, sha, in.line("source.file"), in.line("source.sha256"), in.problems());
            if (kind == null && relative != null) {
                kind = kindOf(relative);
            }
        }
        return new SourceRef(kind, relative == null ? file : relative, sha, url);
    }

    /** {@code s.matches("[0-9a-f]{64}")}. */
    static boolean isLowerHex64(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    static String kindOf(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".pdf")) {
            return "pdf";
        }
        if (f.endsWith(".html") || f.endsWith(".htm")) {
            return "html";
        }
        return f.endsWith(".txt") ? "text" : null;
    }

    /** Reports a table given for another format; returns true when the table may be read. */
    private boolean tableAllowed(String key, ReportFormat format, ReportFormat... formats) {
        JsonNode n = in.node(key);
        if (FieldReader.absent(n)) {
            return false;
        }
        for (ReportFormat f : formats) {
            if (f == format) {
                return true;
            }
        }
        String hint = switch (key) {
            case "art20" -> "art20 是 2021 年格式的第二部分表格" + (format == ReportFormat.F2019 ? "；2019 年格式请写 art20_2019" : "");
            case "art20_2019" -> "art20_2019 是 2019 年试行格式的第二部分表格" + (format == ReportFormat.F2021 ? "；2021 年格式请写 art20" : "");
            default -> key + " 只用于 2021 和 2019 年格式的报告";
        };
        in.problems().error(in.line(key), key, "table-wrong-format", hint + "，而本报告的 format 是 \""
                + format.key() + "\"");
        return false;
    }

    private Art20 art20(ReportFormat format) {
        if (!tableAllowed("art20", format, ReportFormat.F2021)) {
            return null;
        }
        JsonNode n = in.mapping("art20", "一组键值（" + String.join("、", ART20_KEYS) + "）");
        if (n == null) {
            return null;
        }
        in.checkKeys("art20", n, ART20_KEYS);
        List<Cell> rules = row("art20.rules", THREE, "本年制发件数, 本年废止件数, 现行有效件数",
                List.of("made", "repealed", "in_force"));
        List<Cell> docs = row("art20.normative_documents", THREE, "本年制发件数, 本年废止件数, 现行有效件数",
                List.of("made", "repealed", "in_force"));
        return new Art20(counts(rules), counts(docs), single("art20.licensing_decisions", CellKind.COUNT),
                single("art20.punishment_decisions", CellKind.COUNT), single("art20.coercion_decisions", CellKind.COUNT),
                single("art20.fee_income_10k_yuan", CellKind.AMOUNT));
    }

    private static DocumentCounts counts(List<Cell> c) {
        return c == null ? DocumentCounts.UNKNOWN : new DocumentCounts(c.get(0), c.get(1), c.get(2));
    }

    private Cell single(String path, CellKind kind) {
        JsonNode n = in.node(path);
        if (n.isArray() || n.isObject()) {
            in.wrongType(path, n, "一个单元格（数字、/ 或 null）");
            return Cell.UNKNOWN;
        }
        cellLines.put(path, in.line(path));
        return in.cell(path, kind);
    }

    /** A row list, recording each cell's line under its column key. */
    private List<Cell> row(String path, List<CellKind> kinds, String labels, List<String> columns) {
        List<Cell> cells = in.cells(path, kinds, labels);
        if (cells != null) {
            int rowLine = in.line(path);
            cellLines.put(path, rowLine);
            for (int i = 0; in.hasElementLines() && i < columns.size(); i++) {
                int line = in.exactLine(path + "." + i);
                if (line != rowLine && line > 0) {
                    cellLines.put(path + "." + columns.get(i), line);
                }
            }
        }
        return cells;
    }

    private Art20Format2019 art20Format2019(ReportFormat format) {
        if (!tableAllowed("art20_2019", format, ReportFormat.F2019)) {
            return null;
        }
        JsonNode n = in.mapping("art20_2019", "一组键值（" + String.join("、", ART20_2019_KEYS) + "）");
        if (n == null) {
            return null;
        }
        in.checkKeys("art20_2019", n, ART20_2019_KEYS);
        List<String> pubCols = List.of("newly_made", "newly_published", "total_published");
        String pubLabels = "本年新制作数量, 本年新公开数量, 对外公开总数量";
        List<String> itemCols = List.of("prev_year_items", "change", "decisions");
        String itemLabels = "上一年项目数量, 本年增/减, 处理决定数量";
        List<Cell> rules = row("art20_2019.rules", THREE, pubLabels, pubCols);
        List<Cell> docs = row("art20_2019.normative_documents", THREE, pubLabels, pubCols);
        List<Cell> lic = row("art20_2019.licensing", ITEMS, itemLabels, itemCols);
        List<Cell> oth = row("art20_2019.other_services", ITEMS, itemLabels, itemCols);
        List<Cell> pun = row("art20_2019.punishment", ITEMS, itemLabels, itemCols);
        List<Cell> coe = row("art20_2019.coercion", ITEMS, itemLabels, itemCols);
        List<Cell> fees = row("art20_2019.fees", List.of(CellKind.COUNT, CellKind.CHANGE), "上一年项目数量, 本年增/减",
                List.of("prev_year_items", "change"));
        List<Cell> proc = row("art20_2019.procurement", List.of(CellKind.COUNT, CellKind.AMOUNT), "采购项目数量, 采购总金额",
                List.of("procurement_items", "procurement_amount"));
        return new Art20Format2019(
                rules == null ? null : new Art20Format2019.Published(rules.get(0), rules.get(1), rules.get(2)),
                docs == null ? null : new Art20Format2019.Published(docs.get(0), docs.get(1), docs.get(2)),
                items(lic), items(oth), items(pun), items(coe),
                fees == null ? null : new Art20Format2019.Fees(fees.get(0), fees.get(1)),
                proc == null ? null : new Art20Format2019.Procurement(proc.get(0), proc.get(1)));
    }

    private static Art20Format2019.Items items(List<Cell> c) {
        return c == null ? null : new Art20Format2019.Items(c.get(0), c.get(1), c.get(2));
    }

    private ApplicationTable applications(ReportFormat format) {
        if (!tableAllowed("applications", format, ReportFormat.F2021, ReportFormat.F2019)) {
            return null;
        }
        JsonNode n = in.mapping("applications", "一组键值（每行一个键，例如 new_received）");
        if (n == null) {
            return null;
        }
        List<String> allowed = format == ReportFormat.F2019 ? ROW_KEYS_2019 : ROW_KEYS_2021;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equals("other_total") || k.equals("other_no_correction") || k.equals("other_fee_unpaid")
                    || k.equals("other_other")) {
                if (!allowed.contains(k)) {
                    in.problems().error(in.line("applications." + k), "applications." + k, "table-wrong-format",
                            format == ReportFormat.F2019
                                    ? "2019 年格式的（六）其他处理只有一行 other_total，不分 other_no_correction、other_fee_unpaid、other_other"
                                    : "other_total 只用于 2019 年格式；2021 年格式的（六）其他处理分三行：other_no_correction、other_fee_unpaid、other_other");
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k) && !k.startsWith("other_")) {
                unknown.add(k);
            }
        });
        for (String k : unknown) {
            in.problems().error(in.line("applications." + k), "applications." + k, "unknown-key",
                    "未知的行“" + k + "”；applications 允许的行：" + String.join(", ", allowed));
        }
        Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rowsOf(format)) {
            List<Cell> cells = row(ROW_PATHS[r.ordinal()], SEVEN, SEVEN_LABELS, APPLICANT_KEYS);
            if (cells != null) {
                rows.put(r, cells);
            }
        }
        cellLines.put("applications", in.line("applications"));
        return ApplicationTable.of(format, rows);
    }

    private ReviewLitigation reviewLitigation(ReportFormat format) {
        if (!tableAllowed("review_litigation", format, ReportFormat.F2021, ReportFormat.F2019)) {
            return null;
        }
        JsonNode n = in.mapping("review_litigation", "一组键值（review、litigation_direct、litigation_after_review）");
        if (n == null) {
            return null;
        }
        in.checkKeys("review_litigation", n, GROUP_KEYS);
        Map<ReviewGroup, ReviewOutcome> out = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup g : ReviewGroup.values()) {
            List<Cell> cells = row("review_litigation." + g.key(), FIVE, FIVE_LABELS, REVIEW_KEYS);
            out.put(g, cells == null ? ReviewOutcome.UNKNOWN : ReviewOutcome.of(cells));
        }
        cellLines.put("review_litigation", in.line("review_litigation"));
        return new ReviewLitigation(out.get(ReviewGroup.REVIEW), out.get(ReviewGroup.LITIGATION_DIRECT),
                out.get(ReviewGroup.LITIGATION_AFTER_REVIEW));
    }

    private List<Diagnostic> diagnostics() {
        JsonNode n = in.node("diagnostics");
        List<Diagnostic> out = new ArrayList<>();
        if (FieldReader.absent(n)) {
            return out;
        }
        if (!n.isArray()) {
            in.wrongType("diagnostics", n, "列表（每项含 severity、code、message、location）");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String p = "diagnostics." + i;
            JsonNode d = in.mapping(p, "一组键值（severity、code、message、location）");
            if (d == null) {
                if (FieldReader.absent(in.node(p))) {
                    in.wrongType(p, in.node(p), "一组键值（severity、code、message、location）");
                }
                continue;
            }
            in.checkKeys(p, d, DIAGNOSTIC_KEYS);
            String sev = in.string(p + ".severity", true);
            String code = in.string(p + ".code", true);
            String message = in.string(p + ".message", true);
            String location = in.string(p + ".location", false);
            Severity severity = null;
            for (Severity s : Severity.values()) {
                if (s.key().equals(sev)) {
                    severity = s;
                }
            }
            if (sev != null && severity == null) {
                in.problems().error(in.line(p + ".severity"), p + ".severity", "bad-value",
                        "severity 应为 error、warning 或 info，实际是“" + sev + "”");
            }
            if (severity != null && code != null && message != null) {
                out.add(new Diagnostic(severity, code, message, location));
            }
        }
        return out;
    }

    private Map<String, String> provenance() {
        JsonNode n = in.mapping("provenance", "一组键值（单元格路径: 读取位置）");
        Map<String, String> out = new TreeMap<>();
        if (n == null) {
            return out;
        }
        n.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isTextual() || v.isNumber()) {
                out.put(e.getKey(), v.asText());
            } else if (!v.isNull()) {
                in.wrongType("provenance." + e.getKey(), v, "文字（读取位置，例如 page 4, line 12）");
            }
        });
        return out;
    }

    /** Checks a report's {@code source.file}: it must exist inside the content folder. */
    interface SourceCheck {
        /**
         * @return the file relative to the content root, or null (after reporting) when it cannot be used
         */
        String check(String file, String sha256, int fileLine, int shaLine, FileProblems problems);
    }
}
