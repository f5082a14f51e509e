package cn.gongkai.source.importing;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
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
        if (r.art20() != null) {
            Art20 a = r.art20();
            y.append("art20:                          # 本年制发件数, 本年废止件数, 现行有效件数\n");
            y.append("  rules: ").append(counts(a.rules())).append('\n');
            y.append("  normative_documents: ").append(counts(a.normativeDocuments())).append('\n');
            y.append("  licensing_decisions: ").append(cell(a.licensingDecisions())).append('\n');
            y.append("  punishment_decisions: ").append(cell(a.punishmentDecisions())).append('\n');
            y.append("  coercion_decisions: ").append(cell(a.coercionDecisions())).append('\n');
            y.append("  fee_income_10k_yuan: ").append(cell(a.feeIncome10kYuan())).append('\n');
        } else if (r.art20Format2019() == null) {
            y.append("art20: null\n");
        }
        if (r.art20Format2019() != null) {
            Art20Format2019 a = r.art20Format2019();
            y.append("art20_2019:\n");
            y.append("  rules: ").append(list(a.rules().newlyMade(), a.rules().newlyPublished(), a.rules().totalPublished()))
                    .append("        # 本年新制作数量, 本年新公开数量, 对外公开总数量\n");
            y.append("  normative_documents: ").append(list(a.normativeDocuments().newlyMade(),
                    a.normativeDocuments().newlyPublished(), a.normativeDocuments().totalPublished())).append('\n');
            y.append("  licensing: ").append(items(a.licensing())).append("    # 上一年项目数量, 本年增/减, 处理决定数量\n");
            y.append("  other_services: ").append(items(a.otherServices())).append('\n');
            y.append("  punishment: ").append(items(a.punishment())).append('\n');
            y.append("  coercion: ").append(items(a.coercion())).append('\n');
            y.append("  fees: ").append(list(a.fees().prevYearItems(), a.fees().change())).append('\n');
            y.append("  procurement: ").append(list(a.procurement().procurementItems(),
                    a.procurement().procurementAmount())).append("    # 采购项目数量, 采购总金额\n");
        }
        if (r.applications() != null) {
            y.append("applications:                   # 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计\n");
            for (ApplicationRow row : r.applications().rows()) {
                StringBuilder cells = new StringBuilder("[");
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    cells.append(c.ordinal() == 0 ? "" : ", ").append(cell(r.applications().cell(row, c)));
                }
                y.append("  ").append(pad(row.key() + ":", 39)).append(cells).append("]\n");
            }
        } else {
            y.append("applications: null\n");
        }
        if (r.reviewLitigation() != null) {
            y.append("review_litigation:              # 结果维持, 结果纠正, 其他结果, 尚未审结, 总计\n");
            for (ReviewGroup g : ReviewGroup.values()) {
                StringBuilder cells = new StringBuilder("[");
                for (ReviewColumn c : ReviewColumn.values()) {
                    cells.append(c.ordinal() == 0 ? "" : ", ").append(cell(r.reviewLitigation().group(g).cell(c)));
                }
                y.append("  ").append(pad(g.key() + ":", 25)).append(cells).append("]\n");
            }
        } else {
            y.append("review_litigation: null\n");
        }
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

    private static String counts(DocumentCounts c) {
        return list(c.made(), c.repealed(), c.inForce());
    }

    private static String items(Art20Format2019.Items i) {
        return list(i.prevYearItems(), i.change(), i.decisions());
    }

    private static String list(Cell... cells) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(cell(cells[i]));
        }
        return sb.append(']').toString();
    }

    static String cell(Cell c) {
        if (c instanceof Cell.Num n) {
            return n.value().toPlainString();
        }
        if (c instanceof Cell.NotApplicable) {
            return "/";
        }
        return "null";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    /** A YAML double-quoted scalar (JSON string syntax), or null. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static List<String> lines(String s) {
        return List.of(s.split("\n", -1));
    }
}
