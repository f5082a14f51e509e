package cn.gongkai.source.importing;

import cn.gongkai.content.TableYaml;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Report;
import cn.gongkai.model.Section;

import java.util.List;
import java.util.Map;

/**
 * Writes a report as a content file ({@code <year>.md}): YAML front matter in the content format, then the six
 * parts under {@code ## 一、…} headings. The second line records a hash of the file as written, so a later
 * import can tell whether someone has edited it since.
 */
final class ContentFileWriter {
    static final String HASH_MARK = "# gongkai-import-sha256: ";

    /** The file text, including its hash line. */
    String write(Report r, String sourceFileName, String sourceSha256, String note) {
        StringBuilder y = new StringBuilder();
        if (note != null) {
            y.append("# ").append(note.replace("\n", " ")).append('\n');
        }
        y.append("issuer: ").append(str(r.issuer())).append('\n');
        y.append("year: ").append(r.year()).append('\n');
        y.append("format: ").append(str(r.format().key())).append('\n');
        if (r.published() != null) {
            y.append("published: ").append(r.published()).append('\n');
        }
        y.append("source:\n");
        y.append("  kind: ").append(r.source() == null ? "text" : r.source().kind()).append('\n');
        y.append("  file: ").append(str(sourceFileName)).append('\n');
        y.append("  sha256: ").append(sourceSha256).append('\n');
        if (r.source() != null && r.source().url() != null) {
            y.append("  url: ").append(str(r.source().url())).append('\n');
        }
        y.append("proactive_total: ").append(r.proactiveTotal() == null ? "null" : r.proactiveTotal()).append('\n');
        TableYaml.write(y, r.art20(), r.art20Format2019(), r.applications(), r.reviewLitigation());
        if (!r.diagnostics().isEmpty()) {
            y.append("diagnostics:\n");
            for (Diagnostic d : r.diagnostics()) {
                y.append("  - {severity: ").append(d.severity().key()).append(", code: ").append(str(d.code()))
                        .append(", message: ").append(str(d.message()));
                if (d.location() != null) {
                    y.append(", location: ").append(str(d.location()));
                }
                y.append("}\n");
            }
        }
        if (!r.provenance().isEmpty()) {
            y.append("provenance:\n");
            for (Map.Entry<String, String> e : r.provenance().entrySet()) {
                y.append("  ").append(e.getKey()).append(": ").append(str(e.getValue())).append('\n');
            }
        }
        StringBuilder body = new StringBuilder();
        for (Section s : Section.values()) {
            String text = r.sections().get(s);
            if (text == null) {
                continue;
            }
            body.append("## ").append(s.heading()).append("\n\n");
            if (!text.isBlank()) {
                body.append(escapeHeadings(text.strip())).append("\n\n");
            }
        }
        String content = "---\n" + y + "---\n" + body.toString().stripTrailing() + "\n";
        return withHash(content);
    }

    /** The text with its hash line inserted after the opening {@code ---}. */
    static String withHash(String content) {
        String hash = Hashes.sha256(content);
        return "---\n" + HASH_MARK + hash + "\n" + content.substring(4);
    }

    /** True when the file still is exactly what import wrote (its recorded hash matches its content). */
    static boolean isUnedited(String file) {
        if (!file.startsWith("---\n" + HASH_MARK)) {
            return false;
        }
        int end = file.indexOf('\n', 4);
        String recorded = file.substring(4 + HASH_MARK.length(), end).strip();
        String content = "---\n" + file.substring(end + 1);
        return recorded.equals(Hashes.sha256(content));
    }

    private static String escapeHeadings(String text) {
        // a line of the body that looks like a part heading would split the part when loaded
        return text.replaceAll("(?m)^(#+)", "\\\\$1");
    }

    /** A YAML double-quoted scalar (JSON string syntax, escaped by Jackson), or null. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        return sb.append('"').toString();
    }

    static List<String> lines(String s) {
        return List.of(s.split("\n", -1));
    }
}
