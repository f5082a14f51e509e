package cn.gongkai.source;

import cn.gongkai.check.Checker;
import cn.gongkai.cli.Main;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.model.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai parse}: one JSON object with --json, a readable summary without. */
class ParseCommandTest {
    private static final Path SEED_001 = Path.of("src/test/resources/source/corpus/seeds/001_da1fab63ef745f7d.txt");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void jsonPrintsExactlyOneContractObjectWithDiagnosticsInside() throws Exception {
        String[] r = run("parse", "--json", SEED_001.toString());
        assertEquals("0", r[0], r[2]);
        ObjectMapper mapper = JsonMapper.create();
        var parser = mapper.createParser(r[1]);
        JsonNode node = mapper.readTree(parser);
        assertEquals(null, parser.nextToken(), "nothing after the one object");
        assertEquals("潢川县卜塔集镇人民政府", node.get("issuer").asText());
        assertEquals(0, node.path("applications").path("new_received").path("total").intValue());
        assertEquals(91, node.path("proactive").path("total_items").intValue());
        assertTrue(node.has("diagnostics") && node.has("provenance"));
        assertEquals("line 95", node.path("provenance").path("applications.new_received.total").asText());
    }

    @Test
    void theSummaryShowsMetadataCellsAndChecks() {
        String[] r = run("parse", SEED_001.toString());
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        assertTrue(out.contains("issuer:    潢川县卜塔集镇人民政府"), out);
        assertTrue(out.contains("region:    河南省 / 信阳市 / 潢川县 / 卜塔集镇"), out);
        assertTrue(out.contains("format:    2021"), out);
        assertTrue(out.contains("cells:     200 (200 numbers, 0 '/', 0 unknown)"), out);
        assertTrue(out.contains("checks:    no errors"), out);
    }

    @Test
    void theSummaryShowsWhereTheSourceWasPublishedAndTheCountyItNames() {
        String[] r = run("parse", "src/test/resources/source/corpus/web/027.txt");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("url:       http://www.yuyang.gov.cn/"), r[1]);
        assertTrue(r[1].contains("region:    陕西省 / 榆林市 / 榆阳区 / 驼峰路街道"), r[1]);
        assertTrue(r[1].contains("[region-from-gazetteer]"), r[1]);
    }

    @Test
    void aFailedFootnoteCheckOnAParsedPdfIsReportedAsAHintOfAMisplacedColumn() throws Exception {
        Report r = new SourceParser(new Checker()::check)
                .parse(Path.of("src/test/resources/source/pdf/template/jiuxian-2021.pdf"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("footnote-mismatch")), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("column-misplaced-hint")));
    }
}
