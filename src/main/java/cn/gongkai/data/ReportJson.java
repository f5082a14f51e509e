package cn.gongkai.data;

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
import cn.gongkai.model.Sections;
import cn.gongkai.model.Severity;
import cn.gongkai.model.SourceRef;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The report object of the data contract ({@code shared/docs/report-data.md}) as JSON, in a fixed key order.
 * Writing and reading are exact inverses for everything the contract holds.
 */
public final class ReportJson {
    /** The program's one mapper, asked for only by {@link #toJson} and {@link #fromJson} (the data files need none). */
    private final Supplier<ObjectMapper> mapper;
    /** The pretty writer of {@link #toJson}, made on its first use. */
    private volatile ObjectWriter pretty;
    /** The keys every report repeats, encoded once: rows and columns of parts 三 and 四. */
    private final CompactJson.Key[] applicationRows = new CompactJson.Key[ApplicationRow.values().length];
    private final CompactJson.Key[] applicantColumns = new CompactJson.Key[ApplicantColumn.values().length];
    private final CompactJson.Key[] reviewGroups = new CompactJson.Key[ReviewGroup.values().length];
    private final CompactJson.Key[] reviewColumns = new CompactJson.Key[ReviewColumn.values().length];
    /**
     * The compact objects of an application row and of a review group whose cells are all 0, which most rows of
     * most reports are (a township receives few applications and fewer appeals): copied whole into the data files
     * instead of written cell by cell, some 370,000 cells at 2,000 reports.
     */
    private final byte[] zeroApplicationRow;
    private final byte[] zeroReviewGroup;

    public ReportJson(ObjectMapper mapper) {
        this(() -> mapper);
    }

    /**
     * @param mapper gives the program's one mapper when {@link #toJson} or {@link #fromJson} first needs it: writing
     *               the data files ({@link #toCompactJson}) never does, so a build need not make one
     */
    public ReportJson(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
        for (ApplicationRow row : ApplicationRow.values()) {
            applicationRows[row.ordinal()] = CompactJson.Key.of(row.key());
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            applicantColumns[c.ordinal()] = CompactJson.Key.of(c.key());
        }
        for (ReviewGroup grp : ReviewGroup.values()) {
            reviewGroups[grp.ordinal()] = CompactJson.Key.of(grp.key());
        }
        for (ReviewColumn c : ReviewColumn.values()) {
            reviewColumns[c.ordinal()] = CompactJson.Key.of(c.key());
        }
        zeroApplicationRow = zeroObject(applicantColumns);
        zeroReviewGroup = zeroObject(reviewColumns);
    }

    /** The compact object with each key and the value 0, as {@link #write} writes a row of zero cells. */
    private static byte[] zeroObject(CompactJson.Key[] keys) {
        CompactJson o = new CompactJson(256);
        o.startObject();
        for (CompactJson.Key k : keys) {
            o.name(k);
            try {
                cellValue(o, ZERO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // CompactJson writes to memory and does not fail
            }
        }
        o.endObject();
        return o.toByteArray();
    }

    /** The shared cell 0 ({@link Cell#of(long)}): cells read from the content are this very instance. */
    static final Cell ZERO = Cell.of(0);

    /** Whether every cell is {@link #ZERO} (the same instance; another 0 takes the cell-by-cell way, same bytes). */
    static boolean allZero(List<Cell> cells) {
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (cells.get(i) != ZERO) {
                return false;
            }
        }
        return true;
    }

    /** {@link #allZero(List)} of a review group's five cells. */
    static boolean allZero(ReviewOutcome o) {
        return o.upheld() == ZERO && o.corrected() == ZERO && o.other() == ZERO && o.pending() == ZERO
                && o.total() == ZERO;
    }

    /** Pretty JSON text of one report (as {@code parse --json} prints it), ending in a newline. */
    public String toJson(Report r) {
        StringWriter text = new StringWriter(16384);
        ObjectWriter writer = pretty;
        if (writer == null) {
            writer = JsonMapper.prettyWriter(mapper.get());
            pretty = writer;
        }
        try (JsonGenerator g = writer.createGenerator(text)) {
            write(r, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    /**
     * The report as compact JSON (no spaces or line breaks; the form of the data files, so that each report's bytes
     * can be reused inside {@code reports.json}), ending in a newline: the bytes Jackson's compact generator
     * writes (a test compares them), written by {@link CompactJson}.
     */
    public byte[] toCompactJson(Report r) {
        return toCompactJson(r, new CompactJson(16384));
    }

    /** {@link #toCompactJson(Report)}, written in {@code out} (emptied first): a writer reused report after report. */
    byte[] toCompactJson(Report r, CompactJson out) {
        out.reset();
        try {
            write(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // CompactJson writes to memory and does not fail
        }
        out.newline();
        return out.toByteArray();
    }

    /** Writes the report object, in the contract's key order, to {@code g}. */
    public void write(Report r, JsonGenerator g) throws IOException {
        write(r, new JacksonOut(g));
    }

    /** Writes the report object, in the contract's key order: the one place that decides its layout. */
    void write(Report r, JsonOut o) throws IOException {
        o.startObject();
        field(o, "id", r.id());
        field(o, "issuer", r.issuer());
        Region region = r.region();
        o.name("region");
        o.startObject();
        field(o, "province", region.province());
        field(o, "city", region.city());
        field(o, "county", region.county());
        field(o, "township", region.township());
        field(o, "code", region.code());
        o.endObject();
        integer(o, "year", r.year());
        field(o, "format", r.format().key());
        o.name("proactive");
        o.startObject();
        integer(o, "total_items", r.proactiveTotal());
        o.endObject();
        o.name("art20");
        if (r.art20() == null) {
            o.nul();
        } else {
            Art20 a = r.art20();
            o.startObject();
            counts(o, "rules", a.rules());
            counts(o, "normative_documents", a.normativeDocuments());
            cell(o, "licensing_decisions", a.licensingDecisions());
            cell(o, "punishment_decisions", a.punishmentDecisions());
            cell(o, "coercion_decisions", a.coercionDecisions());
            cell(o, "fee_income_10k_yuan", a.feeIncome10kYuan());
            o.endObject();
        }
        o.name("art20_2019");
        if (r.art20Format2019() == null) {
            o.nul();
        } else {
            Art20Format2019 a = r.art20Format2019();
            o.startObject();
            published(o, "rules", a.rules());
            published(o, "normative_documents", a.normativeDocuments());
            items(o, "licensing", a.licensing());
            items(o, "other_services", a.otherServices());
            items(o, "punishment", a.punishment());
            items(o, "coercion", a.coercion());
            o.name("fees");
            o.startObject();
            cell(o, "prev_year_items", a.fees().prevYearItems());
            cell(o, "change", a.fees().change());
            o.endObject();
            o.name("procurement");
            o.startObject();
            cell(o, "procurement_items", a.procurement().procurementItems());
            cell(o, "procurement_amount", a.procurement().procurementAmount());
            o.endObject();
            o.endObject();
        }
        o.name("applications");
        if (r.applications() == null) {
            o.nul();
        } else {
            ApplicationTable t = r.applications();
            o.startObject();
            for (ApplicationRow row : t.rows()) {
                o.name(applicationRows[row.ordinal()]);
                List<Cell> cells = t.row(row);
                if (allZero(cells) && o.encoded(zeroApplicationRow)) {
                    continue;
                }
                o.startObject();
                for (int c = 0; c < applicantColumns.length; c++) {
                    o.name(applicantColumns[c]);
                    cellValue(o, cells.get(c));
                }
                o.endObject();
            }
            o.endObject();
        }
        o.name("review_litigation");
        if (r.reviewLitigation() == null) {
            o.nul();
        } else {
            o.startObject();
            for (ReviewGroup grp : ReviewGroup.values()) {
                o.name(reviewGroups[grp.ordinal()]);
                ReviewOutcome outcome = r.reviewLitigation().group(grp);
                if (allZero(outcome) && o.encoded(zeroReviewGroup)) {
                    continue;
                }
                o.startObject();
                for (ReviewColumn c : ReviewColumn.values()) {
                    o.name(reviewColumns[c.ordinal()]);
                    cellValue(o, outcome.cell(c));
                }
                o.endObject();
            }
            o.endObject();
        }
        o.name("sections");
        o.startObject();
        for (Section s : Section.values()) {
            field(o, s.key(), r.sections().get(s));
        }
        o.endObject();
        o.name("source");
        if (r.source() == null) {
            o.nul();
        } else {
            o.startObject();
            field(o, "kind", r.source().kind());
            field(o, "file", r.source().file());
            field(o, "sha256", r.source().sha256());
            field(o, "url", r.source().url());
            o.endObject();
        }
        field(o, "published", r.published() == null ? null : r.published().toString());
        o.name("diagnostics");
        o.startArray();
        for (Diagnostic d : r.diagnostics()) {
            o.startObject();
            field(o, "severity", d.severity().key());
            field(o, "code", d.code());
            field(o, "message", d.message());
            field(o, "location", d.location());
            o.endObject();
        }
        o.endArray();
        o.name("provenance");
        o.startObject();
        for (Map.Entry<String, String> e : r.provenance().entrySet()) {
            field(o, e.getKey(), e.getValue());
        }
        o.endObject();
        o.endObject();
    }

    private static void field(JsonOut o, String key, String value) throws IOException {
        o.name(key);
        o.string(value);
    }

    /** A cell field: the number in plain notation, {@code "/"}, or null. */
    private static void cell(JsonOut o, String key, Cell c) throws IOException {
        o.name(key);
        cellValue(o, c);
    }

    private static void cellValue(JsonOut o, Cell c) throws IOException {
        if (c instanceof Cell.Num n) {
            o.number(n.value());
        } else if (c instanceof Cell.NotApplicable) {
            o.string("/");
        } else {
            o.nul();
        }
    }

    private static void integer(JsonOut o, String key, Integer value) throws IOException {
        o.name(key);
        if (value == null) {
            o.nul();
        } else {
            o.number(value);
        }
    }

    private static void counts(JsonOut o, String key, DocumentCounts c) throws IOException {
        o.name(key);
        o.startObject();
        cell(o, "made", c.made());
        cell(o, "repealed", c.repealed());
        cell(o, "in_force", c.inForce());
        o.endObject();
    }

    private static void published(JsonOut o, String key, Art20Format2019.Published p) throws IOException {
        o.name(key);
        o.startObject();
        cell(o, "newly_made", p.newlyMade());
        cell(o, "newly_published", p.newlyPublished());
        cell(o, "total_published", p.totalPublished());
        o.endObject();
    }

    private static void items(JsonOut o, String key, Art20Format2019.Items i) throws IOException {
        o.name(key);
        o.startObject();
        cell(o, "prev_year_items", i.prevYearItems());
        cell(o, "change", i.change());
        cell(o, "decisions", i.decisions());
        o.endObject();
    }

    // ---------------------------------------------------------------- reading

    /** Reads a report object of the contract. Throws {@link IllegalArgumentException} naming the key on bad input. */
    public Report fromJson(String json) {
        try {
            return fromNode(mapper.get().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Report fromNode(JsonNode o) {
        ReportFormat format = ReportFormat.fromKey(text(o, "format"));
        Report.Builder b = Report.builder(format)
                .id(text(o, "id"))
                .issuer(text(o, "issuer"));
        JsonNode reg = o.path("region");
        b.region(new Region(text(reg, "province"), text(reg, "city"), text(reg, "county"),
                text(reg, "township"), text(reg, "code")));
        b.year(o.hasNonNull("year") ? o.get("year").intValue() : null);
        JsonNode pro = o.path("proactive").path("total_items");
        b.proactiveTotal(pro.isNumber() ? pro.intValue() : null);
        JsonNode a20 = o.path("art20");
        if (a20.isObject()) {
            b.art20(new Art20(readCounts(a20.path("rules")), readCounts(a20.path("normative_documents")),
                    readCell(a20.path("licensing_decisions")), readCell(a20.path("punishment_decisions")),
                    readCell(a20.path("coercion_decisions")), readCell(a20.path("fee_income_10k_yuan"))));
        }
        JsonNode a19 = o.path("art20_2019");
        if (a19.isObject()) {
            b.art20Format2019(new Art20Format2019(readPublished(a19.path("rules")),
                    readPublished(a19.path("normative_documents")), readItems(a19.path("licensing")),
                    readItems(a19.path("other_services")), readItems(a19.path("punishment")),
                    readItems(a19.path("coercion")),
                    new Art20Format2019.Fees(readCell(a19.path("fees").path("prev_year_items")),
                            readCell(a19.path("fees").path("change"))),
                    new Art20Format2019.Procurement(readCell(a19.path("procurement").path("procurement_items")),
                            readCell(a19.path("procurement").path("procurement_amount")))));
        }
        JsonNode apps = o.path("applications");
        if (apps.isObject()) {
            Map<ApplicationRow, List<Cell>> rows = new EnumMap<>(ApplicationRow.class);
            Iterator<Map.Entry<String, JsonNode>> it = apps.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Cell> cells = new ArrayList<>();
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    cells.add(readCell(e.getValue().path(c.key())));
                }
                rows.put(ApplicationRow.fromKey(e.getKey()), cells);
            }
            b.applications(ApplicationTable.of(format, rows));
        }
        JsonNode rl = o.path("review_litigation");
        if (rl.isObject()) {
            List<ReviewOutcome> groups = new ArrayList<>();
            for (ReviewGroup g : ReviewGroup.values()) {
                List<Cell> cells = new ArrayList<>();
                for (ReviewColumn c : ReviewColumn.values()) {
                    cells.add(readCell(rl.path(g.key()).path(c.key())));
                }
                groups.add(ReviewOutcome.of(cells));
            }
            b.reviewLitigation(new ReviewLitigation(groups.get(0), groups.get(1), groups.get(2)));
        }
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, text(o.path("sections"), s.key()));
        }
        b.sections(Sections.of(sections));
        JsonNode src = o.path("source");
        if (src.isObject()) {
            b.source(new SourceRef(text(src, "kind"), text(src, "file"), text(src, "sha256"), text(src, "url")));
        }
        String published = text(o, "published");
        b.published(published == null ? null : LocalDate.parse(published));
        List<Diagnostic> diags = new ArrayList<>();
        for (JsonNode d : o.path("diagnostics")) {
            diags.add(new Diagnostic(Severity.valueOf(text(d, "severity").toUpperCase(java.util.Locale.ROOT)),
                    text(d, "code"), text(d, "message"), text(d, "location")));
        }
        b.diagnostics(diags);
        Map<String, String> prov = new TreeMap<>();
        o.path("provenance").fields().forEachRemaining(e -> prov.put(e.getKey(), e.getValue().asText()));
        b.provenance(prov);
        return b.build();
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Cell readCell(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Cell.UNKNOWN;
        }
        if (n.isNumber()) {
            return Cell.of(n.decimalValue());
        }
        if (n.isTextual() && "/".equals(n.asText())) {
            return Cell.notApplicable();
        }
        throw new IllegalArgumentException("a cell is a number, \"/\" or null, not " + n);
    }

    private static DocumentCounts readCounts(JsonNode n) {
        return new DocumentCounts(readCell(n.get("made")), readCell(n.get("repealed")), readCell(n.get("in_force")));
    }

    private static Art20Format2019.Published readPublished(JsonNode n) {
        return new Art20Format2019.Published(readCell(n.get("newly_made")), readCell(n.get("newly_published")),
                readCell(n.get("total_published")));
    }

    private static Art20Format2019.Items readItems(JsonNode n) {
        return new Art20Format2019.Items(readCell(n.get("prev_year_items")), readCell(n.get("change")),
                readCell(n.get("decisions")));
    }
}
