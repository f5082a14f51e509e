package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.data.ReportJson;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.Section;
import cn.gongkai.model.TableCell;
import cn.gongkai.source.SourceParser;
import cn.gongkai.source.SourceReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai parse FILE [--json]}: reads one source report and prints it, with the checks. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads one source report (.pdf, .html/.htm, .txt/.md) and prints what it says: metadata, "
                + "tables and the checks of the data contract.",
                "With --json, prints exactly one JSON object in the contract of report-data.md (diagnostics inside)."})
public final class ParseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The source report.")
    Path file;

    @Option(names = "--json", description = "Print the report as one JSON object (the data contract) and nothing else.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        try {
            report = new SourceParser(new Checker()::check).parse(file);
        } catch (SourceReadException e) {
            err.println("gongkai parse: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        if (json) {
            out.print(new ReportJson(JsonMapper.create()).toJson(report));
        } else {
            out.print(summary(report));
        }
        out.flush();
        return Main.OK;
    }

    /** The readable summary: metadata, tables read, unknown cells, and every diagnostic. */
    static String summary(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("file:      ").append(r.source() == null ? "?" : r.source().file()).append('\n');
        if (r.source() != null && r.source().url() != null) {
            sb.append("url:       ").append(r.source().url()).append("  (from the .source.json beside it)\n");
        }
        sb.append("issuer:    ").append(orDash(r.issuer())).append('\n');
        var g = r.region();
        sb.append("region:    ").append(String.join(" / ", List.of(orDash(g.province()), orDash(g.city()),
                orDash(g.county()), orDash(g.township())))).append("  (province / city / county / township)\n");
        sb.append("year:      ").append(r.year() == null ? "-" : r.year()).append('\n');
        sb.append("format:    ").append(r.format().key()).append(" — ").append(r.format().label()).append('\n');
        sb.append("主动公开:   ").append(r.proactiveTotal() == null ? "-" : r.proactiveTotal()).append('\n');
        sb.append("parts:     ");
        for (Section s : Section.values()) {
            sb.append(r.sections().get(s) == null ? "·" : s.numeral());
        }
        sb.append('\n');
        List<TableCell> cells = r.cells();
        long numbers = cells.stream().filter(c -> c.cell().isNumber()).count();
        long unknown = cells.stream().filter(c -> c.cell().isUnknown()).count();
        sb.append("tables:    ")
                .append(r.art20() != null ? "二 (2021) " : r.art20Format2019() != null ? "二 (2019) " : "二 absent ")
                .append(r.applications() != null ? "三 " : "三 absent ")
                .append(r.reviewLitigation() != null ? "四" : "四 absent").append('\n');
        sb.append("cells:     ").append(cells.size()).append(" (").append(numbers).append(" numbers, ")
                .append(cells.size() - numbers - unknown).append(" '/', ").append(unknown).append(" unknown)\n");
        for (TableCell c : cells) {
            if (c.cell().isNumber() && c.cell().numberOrNull().signum() != 0) {
                sb.append("  ").append(c.path()).append(" = ").append(c.cell().display());
                String at = r.provenance().get(c.path());
                sb.append(at == null ? "" : "  (" + at + ")").append('\n');
            }
        }
        long errors = r.diagnostics().stream().filter(d -> d.severity() == cn.gongkai.model.Severity.ERROR).count();
        sb.append("checks:    ").append(errors == 0 ? "no errors" : errors + " error(s)").append(", ")
                .append(r.diagnostics().size() - errors).append(" warning(s)/note(s)\n");
        for (Diagnostic d : r.diagnostics()) {
            sb.append("  ").append(d.severity().key()).append(" [").append(d.code()).append("] ")
                    .append(d.message());
            if (d.location() != null) {
                sb.append(" (").append(d.location()).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
