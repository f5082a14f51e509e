package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.model.Region;
import cn.gongkai.source.SourceParser;
import cn.gongkai.source.importing.ImportHints;
import cn.gongkai.source.importing.ImportOutcome;
import cn.gongkai.source.importing.ReportImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai import}: parses source reports into content files for review. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Parses source reports (.pdf, .html/.htm, .txt/.md; folders are searched) and writes a content "
                + "file <year>.md for review next to a copy of each source, under the region folder the report states.",
                "A content file edited by hand is never overwritten unless --force. One bad file does not stop the others."})
public final class ImportCommand implements Callable<Integer> {
    private static final int PROGRESS_FROM = 5;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Source files or folders of them.")
    List<Path> inputs;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content", description = "The content folder (default: content).")
    Path into;

    @Option(names = "--force", description = "Overwrite content files even when they were edited by hand.")
    boolean force;

    @Option(names = "--year", paramLabel = "N", description = "The year, for sources that do not state it.")
    Integer year;

    @Option(names = "--county", paramLabel = "NAME", description = "The county (县/区), for sources that do not state it.")
    String county;

    @Option(names = "--region-file", paramLabel = "FILE",
            description = "A YAML file with province, city, county, township for sources that do not state them.")
    Path regionFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Region region = null;
        List<Path> sources;
        try {
            if (regionFile != null) {
                region = ImportHints.readRegionFile(regionFile);
            }
            sources = ReportImporter.sources(inputs);
        } catch (IOException e) {
            err.println("gongkai import: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        if (sources.isEmpty()) {
            err.println("gongkai import: no .pdf, .html, .htm, .txt or .md files in " + inputs);
            return Main.USAGE_OR_IO;
        }
        ReportImporter importer = new ReportImporter(new SourceParser(new Checker()::check), into,
                new ImportHints(year, county, region), force);
        int imported = 0;
        int skipped = 0;
        int failed = 0;
        int unknown = 0;
        int errors = 0;
        for (int i = 0; i < sources.size(); i++) {
            Path s = sources.get(i);
            if (sources.size() >= PROGRESS_FROM) {
                err.println("[" + (i + 1) + "/" + sources.size() + "] " + s);
                err.flush();
            }
            ImportOutcome o = importer.importOne(s);
            switch (o.status()) {
                case IMPORTED -> {
                    imported++;
                    unknown += o.unknown();
                    errors += o.errors();
                    out.println("imported  " + s + " -> " + o.target() + "  (cells " + o.cells() + ", unknown "
                            + o.unknown() + "; checks: " + o.errors() + " error(s), " + o.warnings() + " warning(s))");
                }
                case SKIPPED -> {
                    skipped++;
                    out.println("skipped   " + o.message());
                }
                case FAILED -> {
                    failed++;
                    out.println("failed    " + o.message());
                }
            }
            out.flush();
        }
        out.println(sources.size() + " source(s): " + imported + " imported, " + skipped + " skipped, " + failed
                + " failed; " + unknown + " unknown cell(s), " + errors + " failed check(s) in what was imported");
        out.flush();
        return failed > 0 ? Main.CONTENT_ERRORS : Main.OK;
    }
}
