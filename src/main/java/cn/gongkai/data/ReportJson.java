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
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.ByteArrayOutputStream;
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

/**
 * The report object of the data contract ({@code shared/docs/report-data.md}) as JSON, in a fixed key order.
 * Writing and reading are exact inverses for everything the contract holds.
 */
public final class ReportJson {
    private final ObjectMapper mapper;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;
    /** The keys written for every report, encoded once: rows and columns of parts 三 and 四. */
    private final SerializableString[] applicationRows = keys(ApplicationRow.values().length);
    private final SerializableString[] applicantColumns = keys(ApplicantColumn.values().length);
    private final SerializableString[] reviewGroups = keys(ReviewGroup.values().length);
    private final SerializableString[] reviewColumns = keys(ReviewColumn.values().length);
    /** The whole numbers 0 to 999 as JSON, most of the cells. */
    private final SerializableString[] smallNumbers = new SerializableString[1000];

    public ReportJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.pretty = JsonMapper.prettyWriter(mapper);
        this.compact = mapper.writer();
        for (ApplicationRow row : ApplicationRow.values()) {
            applicationRows[row.ordinal()] = new SerializedString(row.key());
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            applicantColumns[c.ordinal()] = new SerializedString(c.key());
        }
        for (ReviewGroup grp : ReviewGroup.values()) {
            reviewGroups[grp.ordinal()] = new SerializedString(grp.key());
        }
        for (ReviewColumn c : ReviewColumn.values()) {
            reviewColumns[c.ordinal()] = new SerializedString(c.key());
        }
        for (int i = 0; i < smallNumbers.length; i++) {
            smallNumbers[i] = new SerializedString(Integer.toString(i));
        }
    }

    private static SerializableString[] keys(int n) {
        return new SerializableString[n];
    }

    /** Pretty JSON text of one report (as {@code parse --json} prints it), ending in a newline. */
    public String toJson(Report r) {
        StringWriter text = new StringWriter(16384);
        try (JsonGenerator g = pretty.createGenerator(text)) {
            write(r, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    /**
     * The report as compact JSON (no spaces or line breaks; the form of the data files, so that each report's bytes
     * can be reused inside {@code reports.json}), ending in a newline.
     */
    public byte[] toCompactJson(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        try (JsonGenerator g = compact.createGenerator(out, JsonEncoding.UTF8)) {
            write(r, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a ByteArrayOutputStream does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Writes the report object, in the contract's key order, to {@code g}: the one place that decides its layout. */
    public void write(Report r, JsonGenerator g) throws IOException {
        JsonText text = new JsonText();
        g.writeStartObject();
        g.writeStringField("id", r.id());
        text.field(g, "issuer", r.issuer());
        Region region = r.region();
        g.writeObjectFieldStart("region");
        text.field(g, "province", region.province());
        text.field(g, "city", region.city());
        text.field(g, "county", region.county());
        text.field(g, "township", region.township());
        g.writeStringField("code", region.code());
        g.writeEndObject();
        integer(g, "year", r.year());
        g.writeStringField("format", r.format().key());
        g.writeObjectFieldStart("proactive");
        integer(g, "total_items", r.proactiveTotal());
        g.writeEndObject();
        if (r.art20() == null) {
            g.writeNullField("art20");
        } else {
            Art20 a = r.art20();
            g.writeObjectFieldStart("art20");
            counts(g, "rules", a.rules());
            counts(g, "normative_documents", a.normativeDocuments());
            cell(g, "licensing_decisions", a.licensingDecisions());
            cell(g, "punishment_decisions", a.punishmentDecisions());
            cell(g, "coercion_decisions", a.coercionDecisions());
            cell(g, "fee_income_10k_yuan", a.feeIncome10kYuan());
            g.writeEndObject();
        }
        if (r.art20Format2019() == null) {
            g.writeNullField("art20_2019");
        } else {
            Art20Format2019 a = r.art20Format2019();
            g.writeObjectFieldStart("art20_2019");
            published(g, "rules", a.rules());
            published(g, "normative_documents", a.normativeDocuments());
            items(g, "licensing", a.licensing());
            items(g, "other_services", a.otherServices());
            items(g, "punishment", a.punishment());
            items(g, "coercion", a.coercion());
            g.writeObjectFieldStart("fees");
            cell(g, "prev_year_items", a.fees().prevYearItems());
            cell(g, "change", a.fees().change());
            g.writeEndObject();
            g.writeObjectFieldStart("procurement");
            cell(g, "procurement_items", a.procurement().procurementItems());
            cell(g, "procurement_amount", a.procurement().procurementAmount());
            g.writeEndObject();
            g.writeEndObject();
        }
        if (r.applications() == null) {
            g.writeNullField("applications");
        } else {
            ApplicationTable t = r.applications();
            g.writeObjectFieldStart("applications");
            ApplicantColumn[] columns = ApplicantColumn.values();
            for (ApplicationRow row : t.rows()) {
                g.writeFieldName(applicationRows[row.ordinal()]);
                g.writeStartObject();
                List<Cell> cells = t.row(row);
                for (int c = 0; c < columns.length; c++) {
                    g.writeFieldName(applicantColumns[c]);
                    cellValue(g, cells.get(c));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (r.reviewLitigation() == null) {
            g.writeNullField("review_litigation");
        } else {
            g.writeObjectFieldStart("review_litigation");
            for (ReviewGroup grp : ReviewGroup.values()) {
                g.writeFieldName(reviewGroups[grp.ordinal()]);
                g.writeStartObject();
                ReviewOutcome o = r.reviewLitigation().group(grp);
                for (ReviewColumn c : ReviewColumn.values()) {
                    g.writeFieldName(reviewColumns[c.ordinal()]);
                    cellValue(g, o.cell(c));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("sections");
        for (Section s : Section.values()) {
            text.field(g, s.key(), r.sections().get(s));
        }
        g.writeEndObject();
        if (r.source() == null) {
            g.writeNullField("source");
        } else {
            g.writeObjectFieldStart("source");
            g.writeStringField("kind", r.source().kind());
            g.writeStringField("file", r.source().file());
            g.writeStringField("sha256", r.source().sha256());
            text.field(g, "url", r.source().url());
            g.writeEndObject();
        }
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("severity", d.severity().key());
            g.writeStringField("code", d.code());
            text.field(g, "message", d.message());
            text.field(g, "location", d.location());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("provenance");
        for (Map.Entry<String, String> e : r.provenance().entrySet()) {
            text.field(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A cell field: the number in plain notation, {@code "/"}, or null. */
    private void cell(JsonGenerator g, String key, Cell c) throws IOException {
        g.writeFieldName(key);
        cellValue(g, c);
    }

    private void cellValue(JsonGenerator g, Cell c) throws IOException {
        if (c instanceof Cell.Num n) {
            BigDecimal v = n.value();
            long small;
            if (v.scale() == 0 && v.precision() <= 3 && (small = v.longValue()) >= 0) {
                g.writeRawValue(smallNumbers[(int) small]);
            } else {
                g.writeNumber(v.toPlainString());
            }
        } else if (c instanceof Cell.NotApplicable) {
            g.writeString("/");
        } else {
            g.writeNull();
        }
    }

    private static void integer(JsonGenerator g, String key, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, value);
        }
    }

    private void counts(JsonGenerator g, String key, DocumentCounts c) throws IOException {
        g.writeObjectFieldStart(key);
        cell(g, "made", c.made());
        cell(g, "repealed", c.repealed());
        cell(g, "in_force", c.inForce());
        g.writeEndObject();
    }

    private void published(JsonGenerator g, String key, Art20Format2019.Published p) throws IOException {
        g.writeObjectFieldStart(key);
        cell(g, "newly_made", p.newlyMade());
        cell(g, "newly_published", p.newlyPublished());
        cell(g, "total_published", p.totalPublished());
        g.writeEndObject();
    }

    private void items(JsonGenerator g, String key, Art20Format2019.Items i) throws IOException {
        g.writeObjectFieldStart(key);
        cell(g, "prev_year_items", i.prevYearItems());
        cell(g, "change", i.change());
        cell(g, "decisions", i.decisions());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- reading

    /** Reads a report object of the contract. Throws {@link IllegalArgumentException} naming the key on bad input. */
    public Report fromJson(String json) {
        try {
            return fromNode(mapper.readTree(json));
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
