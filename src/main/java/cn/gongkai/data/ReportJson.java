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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    public ReportJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.pretty = JsonMapper.prettyWriter(mapper);
    }

    /** Pretty JSON text of one report, ending in a newline. */
    public String toJson(Report r) {
        return write(toNode(r));
    }

    /**
     * The report as compact JSON (no spaces or line breaks; the form of the data files), ending in a newline:
     * the same keys, order and values as {@link #toNode}, written straight into bytes without a tree.
     */
    public byte[] toCompactJson(Report r) {
        Bytes out = new Bytes(16384);
        writeCompact(r, new CompactJson(out));
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeCompact(Report r, CompactJson j) {
        j.startObject();
        j.field("id", r.id());
        j.field("issuer", r.issuer());
        Region g = r.region();
        j.startObject("region")
                .field("province", g.province())
                .field("city", g.city())
                .field("county", g.county())
                .field("township", g.township())
                .field("code", g.code())
                .endObject();
        j.number("year", r.year() == null ? null : r.year().toString());
        j.field("format", r.format().key());
        j.startObject("proactive")
                .number("total_items", r.proactiveTotal() == null ? null : r.proactiveTotal().toString())
                .endObject();
        if (r.art20() == null) {
            j.nullField("art20");
        } else {
            Art20 a = r.art20();
            j.startObject("art20");
            counts(j, "rules", a.rules());
            counts(j, "normative_documents", a.normativeDocuments());
            cell(j, "licensing_decisions", a.licensingDecisions());
            cell(j, "punishment_decisions", a.punishmentDecisions());
            cell(j, "coercion_decisions", a.coercionDecisions());
            cell(j, "fee_income_10k_yuan", a.feeIncome10kYuan());
            j.endObject();
        }
        if (r.art20Format2019() == null) {
            j.nullField("art20_2019");
        } else {
            Art20Format2019 a = r.art20Format2019();
            j.startObject("art20_2019");
            published(j, "rules", a.rules());
            published(j, "normative_documents", a.normativeDocuments());
            items(j, "licensing", a.licensing());
            items(j, "other_services", a.otherServices());
            items(j, "punishment", a.punishment());
            items(j, "coercion", a.coercion());
            j.startObject("fees");
            cell(j, "prev_year_items", a.fees().prevYearItems());
            cell(j, "change", a.fees().change());
            j.endObject();
            j.startObject("procurement");
            cell(j, "procurement_items", a.procurement().procurementItems());
            cell(j, "procurement_amount", a.procurement().procurementAmount());
            j.endObject();
            j.endObject();
        }
        if (r.applications() == null) {
            j.nullField("applications");
        } else {
            ApplicationTable t = r.applications();
            j.startObject("applications");
            for (ApplicationRow row : t.rows()) {
                j.startObject(row.key());
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    cell(j, c.key(), t.cell(row, c));
                }
                j.endObject();
            }
            j.endObject();
        }
        if (r.reviewLitigation() == null) {
            j.nullField("review_litigation");
        } else {
            j.startObject("review_litigation");
            for (ReviewGroup grp : ReviewGroup.values()) {
                j.startObject(grp.key());
                for (ReviewColumn c : ReviewColumn.values()) {
                    cell(j, c.key(), r.reviewLitigation().group(grp).cell(c));
                }
                j.endObject();
            }
            j.endObject();
        }
        j.startObject("sections");
        for (Section s : Section.values()) {
            j.field(s.key(), r.sections().get(s));
        }
        j.endObject();
        if (r.source() == null) {
            j.nullField("source");
        } else {
            j.startObject("source")
                    .field("kind", r.source().kind())
                    .field("file", r.source().file())
                    .field("sha256", r.source().sha256())
                    .field("url", r.source().url())
                    .endObject();
        }
        j.field("published", r.published() == null ? null : r.published().toString());
        j.startArray("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
            j.startObject()
                    .field("severity", d.severity().key())
                    .field("code", d.code())
                    .field("message", d.message())
                    .field("location", d.location())
                    .endObject();
        }
        j.endArray();
        j.startObject("provenance");
        r.provenance().forEach(j::field);
        j.endObject();
        j.endObject();
    }

    /** A cell field: the number in plain notation, {@code "/"}, or null (as {@link #cell} and Jackson write it). */
    private static void cell(CompactJson j, String key, Cell c) {
        if (c instanceof Cell.Num n) {
            j.number(key, n.value().toPlainString());
        } else if (c instanceof Cell.NotApplicable) {
            j.field(key, "/");
        } else {
            j.nullField(key);
        }
    }

    private static void counts(CompactJson j, String key, DocumentCounts c) {
        j.startObject(key);
        cell(j, "made", c.made());
        cell(j, "repealed", c.repealed());
        cell(j, "in_force", c.inForce());
        j.endObject();
    }

    private static void published(CompactJson j, String key, Art20Format2019.Published p) {
        j.startObject(key);
        cell(j, "newly_made", p.newlyMade());
        cell(j, "newly_published", p.newlyPublished());
        cell(j, "total_published", p.totalPublished());
        j.endObject();
    }

    private static void items(CompactJson j, String key, Art20Format2019.Items i) {
        j.startObject(key);
        cell(j, "prev_year_items", i.prevYearItems());
        cell(j, "change", i.change());
        cell(j, "decisions", i.decisions());
        j.endObject();
    }

    /** Pretty JSON text of any tree built by this class, ending in a newline. */
    public String write(JsonNode node) {
        try {
            return pretty.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public ObjectNode toNode(Report r) {
        ObjectNode o = nodes.objectNode();
        o.put("id", r.id());
        o.put("issuer", r.issuer());
        ObjectNode region = o.putObject("region");
        Region g = r.region();
        region.put("province", g.province());
        region.put("city", g.city());
        region.put("county", g.county());
        region.put("township", g.township());
        region.put("code", g.code());
        if (r.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", r.year().intValue());
        }
        o.put("format", r.format().key());
        ObjectNode proactive = o.putObject("proactive");
        if (r.proactiveTotal() == null) {
            proactive.putNull("total_items");
        } else {
            proactive.put("total_items", r.proactiveTotal().intValue());
        }
        o.set("art20", r.art20() == null ? nodes.nullNode() : art20(r.art20()));
        o.set("art20_2019", r.art20Format2019() == null ? nodes.nullNode() : art20Format2019(r.art20Format2019()));
        o.set("applications", r.applications() == null ? nodes.nullNode() : applications(r.applications()));
        o.set("review_litigation", r.reviewLitigation() == null ? nodes.nullNode()
                : reviewLitigation(r.reviewLitigation()));
        ObjectNode sections = o.putObject("sections");
        for (Section s : Section.values()) {
            sections.put(s.key(), r.sections().get(s));
        }
        if (r.source() == null) {
            o.putNull("source");
        } else {
            ObjectNode src = o.putObject("source");
            src.put("kind", r.source().kind());
            src.put("file", r.source().file());
            src.put("sha256", r.source().sha256());
            src.put("url", r.source().url());
        }
        o.put("published", r.published() == null ? null : r.published().toString());
        ArrayNode diags = o.putArray("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
            ObjectNode dn = diags.addObject();
            dn.put("severity", d.severity().key());
            dn.put("code", d.code());
            dn.put("message", d.message());
            dn.put("location", d.location());
        }
        ObjectNode prov = o.putObject("provenance");
        r.provenance().forEach(prov::put);
        return o;
    }

    /** A cell as JSON: a number, {@code "/"}, or null. */
    public JsonNode cell(Cell c) {
        if (c instanceof Cell.Num n) {
            BigDecimal v = n.value();
            if (v.scale() <= 0) {
                try {
                    return nodes.numberNode(v.longValueExact());
                } catch (ArithmeticException e) {
                    return nodes.numberNode(v);
                }
            }
            return nodes.numberNode(v);
        }
        if (c instanceof Cell.NotApplicable) {
            return nodes.textNode("/");
        }
        return nodes.nullNode();
    }

    private ObjectNode art20(Art20 a) {
        ObjectNode o = nodes.objectNode();
        o.set("rules", counts(a.rules()));
        o.set("normative_documents", counts(a.normativeDocuments()));
        o.set("licensing_decisions", cell(a.licensingDecisions()));
        o.set("punishment_decisions", cell(a.punishmentDecisions()));
        o.set("coercion_decisions", cell(a.coercionDecisions()));
        o.set("fee_income_10k_yuan", cell(a.feeIncome10kYuan()));
        return o;
    }

    private ObjectNode counts(DocumentCounts c) {
        ObjectNode o = nodes.objectNode();
        o.set("made", cell(c.made()));
        o.set("repealed", cell(c.repealed()));
        o.set("in_force", cell(c.inForce()));
        return o;
    }

    private ObjectNode art20Format2019(Art20Format2019 a) {
        ObjectNode o = nodes.objectNode();
        o.set("rules", published(a.rules()));
        o.set("normative_documents", published(a.normativeDocuments()));
        o.set("licensing", items(a.licensing()));
        o.set("other_services", items(a.otherServices()));
        o.set("punishment", items(a.punishment()));
        o.set("coercion", items(a.coercion()));
        ObjectNode fees = o.putObject("fees");
        fees.set("prev_year_items", cell(a.fees().prevYearItems()));
        fees.set("change", cell(a.fees().change()));
        ObjectNode proc = o.putObject("procurement");
        proc.set("procurement_items", cell(a.procurement().procurementItems()));
        proc.set("procurement_amount", cell(a.procurement().procurementAmount()));
        return o;
    }

    private ObjectNode published(Art20Format2019.Published p) {
        ObjectNode o = nodes.objectNode();
        o.set("newly_made", cell(p.newlyMade()));
        o.set("newly_published", cell(p.newlyPublished()));
        o.set("total_published", cell(p.totalPublished()));
        return o;
    }

    private ObjectNode items(Art20Format2019.Items i) {
        ObjectNode o = nodes.objectNode();
        o.set("prev_year_items", cell(i.prevYearItems()));
        o.set("change", cell(i.change()));
        o.set("decisions", cell(i.decisions()));
        return o;
    }

    private ObjectNode applications(ApplicationTable t) {
        ObjectNode o = nodes.objectNode();
        for (ApplicationRow row : t.rows()) {
            ObjectNode rn = o.putObject(row.key());
            for (ApplicantColumn c : ApplicantColumn.values()) {
                rn.set(c.key(), cell(t.cell(row, c)));
            }
        }
        return o;
    }

    private ObjectNode reviewLitigation(ReviewLitigation rl) {
        ObjectNode o = nodes.objectNode();
        for (ReviewGroup g : ReviewGroup.values()) {
            ObjectNode gn = o.putObject(g.key());
            for (ReviewColumn c : ReviewColumn.values()) {
                gn.set(c.key(), cell(rl.group(g).cell(c)));
            }
        }
        return o;
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
