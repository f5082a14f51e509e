package cn.gongkai.source.importing;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;
import cn.gongkai.model.TableCell;
import cn.gongkai.source.SourceParser;
import cn.gongkai.source.SourceReadException;
import cn.gongkai.source.SourceReaders;
import cn.gongkai.source.places.Gazetteer;
import cn.gongkai.source.places.PinyinTable;
import cn.gongkai.source.places.PlaceSlugs;
import cn.gongkai.source.places.RegionResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports source reports into a content folder: parses each (with the checks), decides its region folder,
 * copies the source beside the content file as {@code <year>.source.<ext>} and writes {@code <year>.md} for
 * review. One bad file never stops the others. Parsing ({@link #parse}) may run on several threads, each with
 * its own {@link SourceParser}; writing ({@link #write}) runs on one thread, in the order of the sources, so
 * folder names never depend on timing.
 */
public final class ReportImporter {
    private final SourceParser parser;
    private final Path root;
    private final ImportHints hints;
    private final boolean force;
    private final ContentFileWriter writer = new ContentFileWriter();
    private final RegionFolders folders;
    private final RegionResolver resolver;

    /** A source parsed (or failed), ready to be written. */
    public record Parsed(Path source, Report report, ImportOutcome failure) {
    }

    /** With the bundled place data loaded here. */
    public ReportImporter(SourceParser parser, Path root, ImportHints hints, boolean force) {
        this(parser, root, hints, force, Gazetteer.load(), PinyinTable.load(), null);
    }

    /**
     * @param parser   the parser {@link #importOne} uses (parallel callers of {@link #parse} pass their own)
     * @param resolver the region resolver made from the same place data (shared with the parsers), or null to
     *                 make one
     */
    public ReportImporter(SourceParser parser, Path root, ImportHints hints, boolean force, Gazetteer gazetteer,
                          PinyinTable pinyin, RegionResolver resolver) {
        this.parser = parser;
        this.root = root;
        this.hints = hints == null ? ImportHints.NONE : hints;
        this.force = force;
        this.folders = new RegionFolders(new PlaceSlugs(pinyin), gazetteer);
        this.resolver = resolver != null ? resolver : new RegionResolver(gazetteer, pinyin);
    }

    /** The source files named: files as given, folders searched for .pdf/.html/.htm/.txt/.md, sorted. */
    public static List<Path> sources(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(SourceReaders::isSource)
                            .filter(f -> !f.getFileName().toString().contains(".source."))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Parses and writes one source. */
    public ImportOutcome importOne(Path source) {
        return write(parse(parser, source));
    }

    /** Reads one source with the given parser (thread-safe when each thread has its own parser). */
    public static Parsed parse(SourceParser parser, Path source) {
        try {
            return new Parsed(source, parser.parse(source), null);
        } catch (SourceReadException e) {
            return new Parsed(source, null, ImportOutcome.failed(source, e.getMessage()));
        } catch (RuntimeException e) {
            return new Parsed(source, null, ImportOutcome.failed(source, source + ": could not be parsed ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    /** Writes a parsed source into the content folder; one thread at a time. */
    public ImportOutcome write(Parsed parsed) {
        if (parsed.failure() != null) {
            return parsed.failure();
        }
        Path source = parsed.source();
        Report r = parsed.report();
        List<Diagnostic> notes = new ArrayList<>();
        Integer year = r.year();
        if (year == null) {
            year = hints.year();
            if (year == null) {
                return ImportOutcome.failed(source, source + ": the report does not say which year it covers; "
                        + "pass --year");
            }
            notes.add(Diagnostic.info("year-from-hint", "the year " + year + " was given with --year", null));
        } else if (hints.year() != null && !hints.year().equals(year)) {
            notes.add(Diagnostic.warning("hint-conflict", "--year " + hints.year() + " was given but the report "
                    + "covers " + year + "; the report's year is kept", null));
        }
        Region region = withHints(r.region(), notes);
        r = r.toBuilder().year(year).region(region).build().withMoreDiagnostics(notes);
        try {
            List<Path> created = new ArrayList<>();
            Path dir = folders.folderFor(root, region, r.issuer(), created);
            Path target = dir.resolve(year + ".md");
            if (Files.exists(target) && !force) {
                String existing = Files.readString(target, StandardCharsets.UTF_8);
                if (!ContentFileWriter.isUnedited(existing)) {
                    return new ImportOutcome(source, ImportOutcome.Status.SKIPPED, target, target
                            + " exists and was edited by hand (or not written by import); left as it is "
                            + "(use --force to overwrite it)", 0, 0, 0, 0);
                }
            }
            String ext = extension(source);
            String copyName = year + ".source." + ext;
            Files.copy(source, dir.resolve(copyName), StandardCopyOption.REPLACE_EXISTING);
            // the parser hashed the source as it read it (SHA-256 is a fifth of an import's CPU: hash once)
            String sha = r.source() != null && r.source().sha256() != null ? r.source().sha256()
                    : SourceParser.sha256(source);
            String note = "由 gongkai import 读自 " + source.getFileName() + "；发布前请对照原文核对每个数字。"
                    + "改动本文件后，再次导入不会覆盖它（除非 --force）。";
            Files.writeString(target, writer.write(r, copyName, sha, note), StandardCharsets.UTF_8);
            List<TableCell> cells = r.cells();
            int unknown = (int) cells.stream().filter(c -> c.cell().isUnknown()).count();
            int errors = (int) r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            int warnings = (int) r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
            return new ImportOutcome(source, ImportOutcome.Status.IMPORTED, target, null, cells.size(), unknown,
                    errors, warnings);
        } catch (IOException | SourceReadException e) {
            return ImportOutcome.failed(source, source + ": cannot write the content file (" + e.getMessage() + ")");
        }
    }

    private Region withHints(Region stated, List<Diagnostic> notes) {
        Region hint = hints.region() == null ? Region.NONE : hints.region();
        String county = hints.county() != null ? hints.county() : hint.county();
        Region withHints = new Region(pick("province", stated.province(), hint.province(), notes),
                pick("city", stated.city(), hint.city(), notes),
                pick("county", stated.county(), county, notes),
                pick("township", stated.township(), hint.township(), notes),
                stated.township() == null && hint.township() != null ? null : stated.code());
        if (withHints.equals(stated)) {
            return stated;
        }
        // a hinted county gets its city and province from the gazetteer, as a stated one does
        RegionResolver.Resolution completed = resolver.resolve(withHints, List.of(), "", null);
        notes.addAll(completed.notes());
        return completed.region();
    }

    private static String pick(String level, String stated, String hinted, List<Diagnostic> notes) {
        if (hinted == null) {
            return stated;
        }
        if (stated == null) {
            notes.add(Diagnostic.info("region-from-hint", "the " + level + " " + hinted
                    + " was given as a hint; the report does not state it", null));
            return hinted;
        }
        if (!stated.equals(hinted)) {
            notes.add(Diagnostic.warning("hint-conflict", "the hint names the " + level + " " + hinted
                    + " but the report states " + stated + "; the report's is kept", null));
        }
        return stated;
    }

    private static String extension(Path source) {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "txt" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
