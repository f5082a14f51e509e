package cn.gongkai.model;

import java.util.Comparator;

/**
 * Something a reader of the report should know: a failed check, a cell the parser could not place, a missing
 * table. {@code location} says where in words a clerk can act on, e.g. {@code page 4, line 12} or
 * {@code applications.total_processed.total}.
 */
public record Diagnostic(Severity severity, String code, String message, String location) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.location() == null ? "" : d.location())
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String code, String message, String location) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    public static Diagnostic warning(String code, String message, String location) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    public static Diagnostic info(String code, String message, String location) {
        return new Diagnostic(Severity.INFO, code, message, location);
    }
}
