package cn.gongkai.source;

import cn.gongkai.data.JsonMapper;
import cn.gongkai.data.ReportJson;
import cn.gongkai.model.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the parser in-process on the committed corpus copies exactly as {@code shared/tools/score_parse.py}
 * does, and holds the bar of issue 3: cell accuracy ≥ 0.99, metadata accuracy ≥ 0.98, no wrong and no invented
 * number. The web excerpts' {@code NNN.source.json} (where each was published) is read as {@code parse} reads
 * it, so a county the text does not name can come from the government site's domain.
 */
class ParserScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/source/corpus");
    private static final Path PDF = Path.of("src/test/resources/source/pdf");
    private static final List<String> COLS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "public_welfare_org", "legal_service_org", "other_org", "total");
    private static final List<String> WITHHELD = List.of("denied_state_secret", "denied_prohibited_by_law",
            "denied_three_securities_one_stability", "denied_third_party_rights", "denied_internal_affairs",
            "denied_process_information", "denied_enforcement_case_file", "denied_administrative_query");
    private static final List<String> UNABLE = List.of("unable_not_held", "unable_needs_creation",
            "unable_unclear_after_correction");
    private static final List<String> NOT_PROCESSED = List.of("not_processed_petition_complaint",
            "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
            "not_processed_confirm_or_reissue");
    private static final List<String> OTHER = List.of("other_no_correction", "other_fee_unpaid", "other_other");
    private static final List<String> GROUPS = List.of("review", "litigation_direct", "litigation_after_review");
    private static final List<String> GCOLS = List.of("upheld", "corrected", "other", "pending", "total");

    private final ObjectMapper mapper = JsonMapper.create();
    private final ReportJson json = new ReportJson(mapper);
    private final SourceParser parser = new SourceParser(r -> r);

    /** One expected cell: its path in the report JSON and the truth's value (null = not stated). */
    record Expected(List<String> path, JsonNode value) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds", "web", "html", "pdf-real", "pdf-template"})
    void parserMeetsTheAccuracyBarWithNoSilentErrors(String set) throws Exception {
        int cells = 0;
        int correct = 0;
        int meta = 0;
        int metaOk = 0;
        List<String> silent = new ArrayList<>();
        List<String> metaMisses = new ArrayList<>();
        List<Path> truths;
        try (Stream<Path> s = Files.list(truthDir(set))) {
            truths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(truths.size() >= 1, "no truth files for " + set);
        for (Path truthFile : truths) {
            String base = truthFile.getFileName().toString().replace(".json", "");
            Path src = source(set, base);
            JsonNode t = mapper.readTree(Files.readString(truthFile));
            Report report = parser.parse(src);
            JsonNode out = mapper.readTree(json.toJson(report));
            for (Expected e : truthCells(t)) {
                JsonNode ov = get(out, e.path());
                boolean outNull = ov == null || ov.isNull();
                if (e.value() == null || e.value().isNull()) {
                    if (!outNull && !(ov.isTextual() && ov.asText().equals("/"))) {
                        silent.add(base + ": invented " + String.join(".", e.path()) + "=" + ov);
                    }
                    continue;
                }
                cells++;
                if (outNull) {
                    continue;
                }
                if (same(ov, e.value())) {
                    correct++;
                } else {
                    silent.add(base + ": wrong " + String.join(".", e.path()) + " " + ov + " != " + e.value());
                }
            }
            List<String[]> checks = new ArrayList<>();
            checks.add(new String[]{"year", text(out.get("year")), text(t.get("year"))});
            for (String k : List.of("township", "county")) {
                if (t.hasNonNull(k)) {
                    checks.add(new String[]{k, norm(text(out.path("region").get(k))), norm(t.get(k).asText())});
                }
            }
            if (t.hasNonNull("issuer")) {
                String oi = norm(text(out.get("issuer")));
                String ti = norm(t.get("issuer").asText());
                checks.add(new String[]{"issuer", String.valueOf(!oi.isEmpty() && (ti.contains(oi) || oi.contains(ti))), "true"});
            }
            if (t.hasNonNull("format")) {
                String f = t.get("format").asText();
                checks.add(new String[]{"format", text(out.get("format")), f.equals("other") ? "pre2019" : f});
            }
            if (t.hasNonNull("proactive_total")) {
                checks.add(new String[]{"proactive_total", text(out.path("proactive").get("total_items")),
                        t.get("proactive_total").asText()});
            }
            for (String[] c : checks) {
                meta++;
                if (c[2].equals(c[1])) {
                    metaOk++;
                } else {
                    metaMisses.add(base + ": " + c[0] + " " + c[1] + " != " + c[2]);
                }
            }
        }
        double accuracy = cells == 0 ? 1.0 : (double) correct / cells;
        assertEquals(List.of(), silent, "silent errors (wrong or invented numbers) on " + set);
        assertTrue(accuracy >= 0.99, set + ": cell accuracy " + accuracy + " (" + correct + "/" + cells + ")");
        double metaAccuracy = meta == 0 ? 0.0 : (double) metaOk / meta;
        assertTrue(metaAccuracy >= 0.98, set + ": metadata accuracy " + metaAccuracy + " (" + metaOk + "/" + meta
                + "), misses: " + metaMisses);
        assertTrue(meta > 0 && metaOk > 0, set + ": no metadata scored");
    }

    /** The PDF sets are the fixtures of {@code source.pdf} (truth beside each PDF); the others are corpus copies. */
    private static Path sourceDir(String set) {
        return set.startsWith("pdf-") ? PDF.resolve(set.substring(4)) : CORPUS.resolve(set);
    }

    private static Path truthDir(String set) {
        return set.startsWith("pdf-") ? PDF.resolve(set.substring(4)) : CORPUS.resolve(set + "-truth");
    }

    private static Path source(String set, String base) {
        for (String ext : List.of(".pdf", ".html", ".htm", ".txt")) {
            Path p = sourceDir(set).resolve(base + ext);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("no source for " + base + " in " + set);
    }

    /** The truth's cells in the report JSON's paths, as the Python scorer maps them. */
    static List<Expected> truthCells(JsonNode t) {
        List<Expected> out = new ArrayList<>();
        String fmt = t.path("format").asText();
        JsonNode a20 = t.get("art20");
        boolean has20 = a20 != null && a20.isObject();
        if (fmt.equals("2019")) {
            for (String[] k : new String[][]{{"rules", "rules"}, {"normative_docs", "normative_documents"}}) {
                JsonNode tri = has20 ? a20.get(k[0]) : null;
                List<String> cols = List.of("newly_made", "newly_published", "total_published");
                for (int i = 0; i < 3; i++) {
                    out.add(new Expected(List.of("art20_2019", k[1], cols.get(i)), item(tri, i)));
                }
            }
            for (String k : List.of("licensing", "punishment", "coercion")) {
                out.add(new Expected(List.of("art20_2019", k, "decisions"), has20 ? a20.get(k) : null));
            }
        } else {
            for (String[] k : new String[][]{{"rules", "rules"}, {"normative_docs", "normative_documents"}}) {
                JsonNode tri = has20 ? a20.get(k[0]) : null;
                List<String> cols = List.of("made", "repealed", "in_force");
                for (int i = 0; i < 3; i++) {
                    out.add(new Expected(List.of("art20", k[1], cols.get(i)), item(tri, i)));
                }
            }
            for (String[] k : new String[][]{{"licensing", "licensing_decisions"}, {"punishment", "punishment_decisions"},
                    {"coercion", "coercion_decisions"}, {"fees_wan_yuan", "fee_income_10k_yuan"}}) {
                out.add(new Expected(List.of("art20", k[1]), has20 ? a20.get(k[0]) : null));
            }
        }
        JsonNode apps = t.get("applications");
        boolean hasApps = apps != null && apps.isObject();
        for (String[] k : new String[][]{{"new", "new_received"}, {"carried_over", "carried_over"},
                {"granted", "granted"}, {"partly_granted", "partially_granted"}}) {
            row(out, k[1], hasApps ? apps.get(k[0]) : null);
        }
        for (Object[] g : new Object[][]{{"withheld", WITHHELD}, {"unable", UNABLE}, {"not_processed", NOT_PROCESSED},
                {"other", OTHER}}) {
            JsonNode sub = hasApps ? apps.get((String) g[0]) : null;
            if (g[0].equals("other") && fmt.equals("2019")) {
                JsonNode vals = sub == null ? null : sub.isArray() ? sub : sub.isObject() ? sub.get("1") : null;
                row(out, "other_total", vals);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) g[1];
            for (int i = 0; i < names.size(); i++) {
                row(out, names.get(i), sub != null && sub.isObject() ? sub.get(String.valueOf(i + 1)) : null);
            }
        }
        row(out, "total_processed", hasApps ? apps.get("total") : null);
        row(out, "carried_forward", hasApps ? apps.get("carried_forward") : null);
        JsonNode rl = t.get("review_litigation");
        for (int g = 0; g < 3; g++) {
            for (int c = 0; c < 5; c++) {
                out.add(new Expected(List.of("review_litigation", GROUPS.get(g), GCOLS.get(c)),
                        rl != null && rl.isArray() ? rl.get(g * 5 + c) : null));
            }
        }
        return out;
    }

    private static void row(List<Expected> out, String name, JsonNode vals) {
        for (int i = 0; i < COLS.size(); i++) {
            out.add(new Expected(List.of("applications", name, COLS.get(i)), item(vals, i)));
        }
    }

    private static JsonNode item(JsonNode arr, int i) {
        return arr != null && arr.isArray() ? arr.get(i) : null;
    }

    private static JsonNode get(JsonNode o, List<String> path) {
        JsonNode n = o;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Math.abs(a.decimalValue().subtract(b.decimalValue()).doubleValue()) < 1e-9;
        }
        return a.equals(b);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static String norm(String s) {
        return s == null || s.equals("null") ? "" : s.replaceAll("\\s+", "");
    }

    static Path corpus() throws IOException {
        return CORPUS;
    }
}
