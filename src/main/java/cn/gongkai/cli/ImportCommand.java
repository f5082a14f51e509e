package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.model.Region;
import cn.gongkai.source.SourceParser;
import cn.gongkai.source.places.Gazetteer;
import cn.gongkai.source.places.PinyinTable;
import cn.gongkai.source.places.RegionResolver;
import cn.gongkai.source.report.ReportParser;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    @Option(names = "--jobs", paramLabel = "N",
            description = "Sources parsed at the same time (default: the number of processors).")
    Integer jobs;

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
        Gazetteer gazetteer = Gazetteer.load();
        PinyinTable pinyin = PinyinTable.load();
        RegionResolver resolver = new RegionResolver(gazetteer, pinyin);
        ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(
                () -> new SourceParser(new Checker()::check, new ReportParser(resolver)));
        ReportImporter importer = new ReportImporter(parsers.get(), into, new ImportHints(year, county, region),
                force, gazetteer, pinyin, resolver);
        int threads = Math.max(1, Math.min(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-parse");
            t.setDaemon(true);
            return t;
        });
        // Sources are parsed on the pool, a few ahead of the writer, and written one by one in their order, so
        // folder names and output never depend on timing and only a bounded number of parsed reports is held.
        int window = threads * 4;
        Deque<Future<ReportImporter.Parsed>> ahead = new ArrayDeque<>();
        int next = 0;
        Tally tally = new Tally();
        try {
            for (int i = 0; i < sources.size(); i++) {
                while (next < sources.size() && next < i + window) {
                    Path s = sources.get(next++);
                    ahead.add(pool.submit(() -> ReportImporter.parse(parsers.get(), s)));
                }
                ReportImporter.Parsed parsed = await(ahead.poll(), sources.get(i));
                if (sources.size() >= PROGRESS_FROM) {
                    err.println("[" + (i + 1) + "/" + sources.size() + "] " + sources.get(i));
                    err.flush();
                }
                report(importer.write(parsed), out, tally);
            }
        } finally {
            pool.shutdownNow();
        }
        out.println(sources.size() + " source(s): " + tally.imported + " imported, " + tally.skipped + " skipped, "
                + tally.failed + " failed; " + tally.unknown + " unknown cell(s), " + tally.errors
                + " failed check(s) in what was imported");
        out.flush();
        return tally.failed > 0 ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** Counts of the batch so far. */
    private static final class Tally {
        int imported;
        int skipped;
        int failed;
        int unknown;
        int errors;
    }

    private static ReportImporter.Parsed await(Future<ReportImporter.Parsed> f, Path source) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return new ReportImporter.Parsed(source, null, new ImportOutcome(source, ImportOutcome.Status.FAILED,
                    null, source + ": could not be parsed (" + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage()) + ")", 0, 0, 0, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import was interrupted", e);
        }
    }

    private static void report(ImportOutcome o, PrintWriter out, Tally tally) {
        switch (o.status()) {
            case IMPORTED -> {
                tally.imported++;
                tally.unknown += o.unknown();
                tally.errors += o.errors();
                out.println("imported  " + o.source() + " -> " + o.target() + "  (cells " + o.cells() + ", unknown "
                        + o.unknown() + "; checks: " + o.errors() + " error(s), " + o.warnings() + " warning(s))");
            }
            case SKIPPED -> {
                tally.skipped++;
                out.println("skipped   " + o.message());
            }
            case FAILED -> {
                tally.failed++;
                out.println("failed    " + o.message());
            }
        }
        out.flush();
    }
}
