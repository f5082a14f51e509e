package cn.gongkai.content.generate;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;
import cn.gongkai.model.SourceRef;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes one {@code <year>.md} of the content format: YAML front matter (issuer, year, format, published,
 * source, proactive_total, art20 or art20_2019, applications, review_litigation; in that order) and the
 * Markdown body. A number is written as it reads, {@code /} as {@code "/"}, an unknown cell as {@code null}.
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
        if (f.art20() != null) {
            art20(sb, f.art20());
        }
        if (f.art20Format2019() != null) {
            art20Format2019(sb, f.art20Format2019());
        }
        applications(sb, f.applications());
        review(sb, f.reviewLitigation());
        sb.append("---\n");
        sb.append(body.strip()).append('\n');
        return sb.toString();
    }

    private static void art20(StringBuilder sb, Art20 a) {
        sb.append("art20:\n");
        counts(sb, "rules", a.rules());
        counts(sb, "normative_documents", a.normativeDocuments());
        single(sb, "licensing_decisions", a.licensingDecisions());
        single(sb, "punishment_decisions", a.punishmentDecisions());
        single(sb, "coercion_decisions", a.coercionDecisions());
        single(sb, "fee_income_10k_yuan", a.feeIncome10kYuan());
    }

    private static void art20Format2019(StringBuilder sb, Art20Format2019 a) {
        sb.append("art20_2019:\n");
        row(sb, "rules", List.of(a.rules().newlyMade(), a.rules().newlyPublished(), a.rules().totalPublished()));
        row(sb, "normative_documents", List.of(a.normativeDocuments().newlyMade(),
                a.normativeDocuments().newlyPublished(), a.normativeDocuments().totalPublished()));
        items(sb, "licensing", a.licensing());
        items(sb, "other_services", a.otherServices());
        items(sb, "punishment", a.punishment());
        items(sb, "coercion", a.coercion());
        row(sb, "fees", List.of(a.fees().prevYearItems(), a.fees().change()));
        row(sb, "procurement", List.of(a.procurement().procurementItems(), a.procurement().procurementAmount()));
    }

    private static void items(StringBuilder sb, String key, Art20Format2019.Items i) {
        row(sb, key, List.of(i.prevYearItems(), i.change(), i.decisions()));
    }

    private static void counts(StringBuilder sb, String key, DocumentCounts c) {
        row(sb, key, List.of(c.made(), c.repealed(), c.inForce()));
    }

    private static void applications(StringBuilder sb, ApplicationTable t) {
        sb.append("applications:\n");
        for (ApplicationRow r : t.rows()) {
            row(sb, r.key(), t.row(r));
        }
    }

    private static void review(StringBuilder sb, ReviewLitigation r) {
        sb.append("review_litigation:\n");
        outcome(sb, "review", r.review());
        outcome(sb, "litigation_direct", r.litigationDirect());
        outcome(sb, "litigation_after_review", r.litigationAfterReview());
    }

    private static void outcome(StringBuilder sb, String key, ReviewOutcome o) {
        row(sb, key, o.cells());
    }

    private static void single(StringBuilder sb, String key, Cell c) {
        sb.append("  ").append(key).append(": ").append(yaml(c)).append('\n');
    }

    private static void row(StringBuilder sb, String key, List<Cell> cells) {
        sb.append("  ").append(key).append(": [");
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(yaml(cells.get(i)));
        }
        sb.append("]\n");
    }

    /** A cell as YAML: the number, {@code "/"} (keeping the raw mark), or {@code null}. */
    static String yaml(Cell c) {
        if (c instanceof Cell.Num n) {
            return n.value().toPlainString();
        }
        if (c instanceof Cell.NotApplicable na) {
            return "\"" + na.raw() + "\"";
        }
        return "null";
    }
}
