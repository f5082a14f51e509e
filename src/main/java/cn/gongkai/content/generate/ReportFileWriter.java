package cn.gongkai.content.generate;

import cn.gongkai.content.TableYaml;
import cn.gongkai.model.SourceRef;

import java.time.LocalDate;

/**
 * Writes one {@code <year>.md} of the content format: YAML front matter (issuer, year, format, published,
 * source, proactive_total, art20 or art20_2019, applications, review_litigation; in that order) and the
 * Markdown body; the tables are written by {@link TableYaml}.
 */
final class ReportFileWriter {

    private ReportFileWriter() {
    }

    static String write(String issuer, YearFigures f, LocalDate published, SourceRef source, String body) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("---\n");
        sb.append("issuer: ").append(issuer).append('\n');
        sb.append("year: ").append(f.year()).append('\n');
        sb.append("format: \"").append(f.format().key()).append("\"\n");
        if (published != null) {
            sb.append("published: ").append(published).append('\n');
        }
        if (source != null) {
            sb.append("source:\n");
            sb.append("  kind: ").append(source.kind()).append('\n');
            sb.append("  file: ").append(source.file()).append('\n');
            sb.append("  sha256: ").append(source.sha256()).append('\n');
        }
        sb.append("proactive_total: ").append(f.proactiveTotal() == null ? "null" : f.proactiveTotal()).append('\n');
        TableYaml.write(sb, f.art20(), f.art20Format2019(), f.applications(), f.reviewLitigation());
        sb.append("---\n");
        sb.append(body.strip()).append('\n');
        return sb.toString();
    }
}
