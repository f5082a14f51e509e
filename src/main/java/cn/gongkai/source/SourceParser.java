package cn.gongkai.source;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.SourceRef;
import cn.gongkai.source.report.ReportParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads one source file and parses it into a report: format reader, report parser, then the contract checks
 * (passed in, so this stage does not depend on {@code check}). A {@code NAME.source.json} beside the file gives
 * the URL it was published at ({@link SourceSidecar}). A failed footnote or row-total check on a
 * parsed table is reported as a hint that a column may have been misplaced.
 */
public final class SourceParser {
    private static final Set<String> ARITHMETIC = Set.of("footnote-mismatch", "row-total-mismatch",
            "result-total-mismatch", "review-total-mismatch");

    private final SourceReaders readers = new SourceReaders();
    private final ReportParser parser;
    private final UnaryOperator<Report> checks;

    /** @param checks the contract checks to run on each parsed report (e.g. {@code Checker::check}) */
    public SourceParser(UnaryOperator<Report> checks) {
        this(checks, new ReportParser());
    }

    /** With a report parser made once and shared (it holds no state between reports). */
    public SourceParser(UnaryOperator<Report> checks, ReportParser parser) {
        this.checks = checks;
        this.parser = parser;
    }

    public Report parse(Path file) throws SourceReadException {
        SourceText text = readers.read(file);
        String url = SourceSidecar.url(file);
        Report parsed = parser.parse(text, url);
        parsed = parsed.toBuilder().source(new SourceRef(text.kind(), file.toString(), sha256(file), url)).build();
        Report checked = checks.apply(parsed);
        List<Diagnostic> failed = checked.diagnostics().stream().filter(d -> ARITHMETIC.contains(d.code())).toList();
        if (!failed.isEmpty()) {
            checked = checked.withMoreDiagnostics(List.of(Diagnostic.warning("column-misplaced-hint",
                    failed.size() + " of the table's own sums fail (" + failed.get(0).code() + " at "
                            + failed.get(0).location() + "); in a parsed source this often means a value landed in "
                            + "the wrong column: compare those cells with the source before publishing",
                    text.file())));
        }
        return checked;
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws SourceReadException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
