package cn.gongkai.check;

import cn.gongkai.content.ContentProblem;
import cn.gongkai.model.Severity;

import java.util.Comparator;

/**
 * One line of {@code gongkai check}: a content problem or a report diagnostic, with its place.
 *
 * @param file     the file as shown to the user, e.g. {@code content/shandong/.../2024.md}
 * @param line     1-based line, 0 when not known
 * @param key      front-matter key or cell path, or null
 * @param reportId the report the finding is about, or null (e.g. a {@code _region.yaml})
 */
public record Finding(String file, int line, String key, Severity severity, String code, String message,
                      String reportId) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(f -> f.key() == null ? "" : f.key())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    /** The same text as {@link ContentProblem#format()}: {@code file:line: severity: key 'k': message [code]}. */
    public String format() {
        return toProblem().format();
    }

    public ContentProblem toProblem() {
        return new ContentProblem(file, line, key, severity, code, message);
    }
}
