package cn.gongkai.model;

import java.util.Comparator;
import java.util.Objects;

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

    // equals and hashCode written out, with the values a record's own would give: the record's are made by an
    // invokedynamic bootstrap at their first call, which spins ~20 method-handle classes in every build
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Diagnostic d && severity == d.severity && Objects.equals(code, d.code)
                && Objects.equals(message, d.message) && Objects.equals(location, d.location);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(severity) * 31 + Objects.hashCode(code)) * 31 + Objects.hashCode(message)) * 31
                + Objects.hashCode(location);
    }
}
