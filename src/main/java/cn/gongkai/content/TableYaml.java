package cn.gongkai.content;

import cn.gongkai.model.ApplicantColumn;
import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.ReviewColumn;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.ReviewLitigation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the tables of a report as front matter of the content format ({@code art20} or {@code art20_2019},
 * {@code applications}, {@code review_litigation}), each table's column labels as a comment. The one writer of
 * that part of the format: {@code import} and {@code generate} both use it, {@link ContentLoader} reads it.
 */
public final class TableYaml {
    private static final String APPLICANT_LABELS = Arrays.stream(ApplicantColumn.values())
            .map(ApplicantColumn::label).collect(Collectors.joining(", "));
    private static final String REVIEW_LABELS = Arrays.stream(ReviewColumn.values())
            .map(ReviewColumn::label).collect(Collectors.joining(", "));

    private TableYaml() {
    }

    /** Appends the four table keys; an absent table is written {@code null} (not in the report). */
    public static void write(StringBuilder y, Art20 art20, Art20Format2019 art20Format2019,
                             ApplicationTable applications, ReviewLitigation reviewLitigation) {
        if (art20 != null) {
            y.append("art20:                          # 本年制发件数, 本年废止件数, 现行有效件数\n");
            counts(y, "rules", art20.rules());
            counts(y, "normative_documents", art20.normativeDocuments());
            single(y, "licensing_decisions", art20.licensingDecisions());
            single(y, "punishment_decisions", art20.punishmentDecisions());
            single(y, "coercion_decisions", art20.coercionDecisions());
            single(y, "fee_income_10k_yuan", art20.feeIncome10kYuan());
        } else if (art20Format2019 == null) {
            y.append("art20: null\n");
        }
        if (art20Format2019 != null) {
            Art20Format2019 a = art20Format2019;
            y.append("art20_2019:\n");
            row(y, "rules:", List.of(a.rules().newlyMade(), a.rules().newlyPublished(), a.rules().totalPublished()),
                    "本年新制作数量, 本年新公开数量, 对外公开总数量");
            row(y, "normative_documents:", List.of(a.normativeDocuments().newlyMade(),
                    a.normativeDocuments().newlyPublished(), a.normativeDocuments().totalPublished()), null);
            items(y, "licensing:", a.licensing(), "上一年项目数量, 本年增/减, 处理决定数量");
            items(y, "other_services:", a.otherServices(), null);
            items(y, "punishment:", a.punishment(), null);
            items(y, "coercion:", a.coercion(), null);
            row(y, "fees:", List.of(a.fees().prevYearItems(), a.fees().change()), "上一年项目数量, 本年增/减");
            row(y, "procurement:", List.of(a.procurement().procurementItems(), a.procurement().procurementAmount()),
                    "采购项目数量, 采购总金额");
        }
        if (applications != null) {
            y.append("applications:                   # ").append(APPLICANT_LABELS).append('\n');
            for (ApplicationRow r : applications.rows()) {
                row(y, pad(r.key() + ":", 39), applications.row(r), null);
            }
        } else {
            y.append("applications: null\n");
        }
        if (reviewLitigation != null) {
            y.append("review_litigation:              # ").append(REVIEW_LABELS).append('\n');
            for (ReviewGroup g : ReviewGroup.values()) {
                row(y, pad(g.key() + ":", 25), reviewLitigation.group(g).cells(), null);
            }
        } else {
            y.append("review_litigation: null\n");
        }
    }

    /** A cell as YAML: the number, the not-applicable mark as written (quoted), or {@code null} for unknown. */
    public static String cell(Cell c) {
        if (c instanceof Cell.Num n) {
            return n.value().toPlainString();
        }
        if (c instanceof Cell.NotApplicable na) {
            return "\"" + na.raw().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "null";
    }

    private static void counts(StringBuilder y, String key, DocumentCounts c) {
        row(y, key + ":", List.of(c.made(), c.repealed(), c.inForce()), null);
    }

    private static void items(StringBuilder y, String key, Art20Format2019.Items i, String comment) {
        row(y, key, List.of(i.prevYearItems(), i.change(), i.decisions()), comment);
    }

    private static void single(StringBuilder y, String key, Cell c) {
        y.append("  ").append(key).append(": ").append(cell(c)).append('\n');
    }

    /** {@code label} is the key with its colon, possibly padded to align the lists. */
    private static void row(StringBuilder y, String label, List<Cell> cells, String comment) {
        y.append("  ").append(label);
        if (!label.endsWith(" ")) {
            y.append(' ');
        }
        y.append('[');
        for (int i = 0; i < cells.size(); i++) {
            y.append(i == 0 ? "" : ", ").append(cell(cells.get(i)));
        }
        y.append(']');
        if (comment != null) {
            y.append("    # ").append(comment);
        }
        y.append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
