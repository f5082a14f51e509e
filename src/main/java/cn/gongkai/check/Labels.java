package cn.gongkai.check;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ReviewGroup;
import cn.gongkai.model.Section;

import java.util.Map;

/** How tables, rows and columns are named in check messages (the wording of the official table). */
final class Labels {
    private static final Map<String, String> ART20_ROWS = Map.ofEntries(
            Map.entry("rules", "规章"), Map.entry("normative_documents", "行政规范性文件"),
            Map.entry("licensing_decisions", "行政许可"), Map.entry("punishment_decisions", "行政处罚"),
            Map.entry("coercion_decisions", "行政强制"), Map.entry("fee_income_10k_yuan", "行政事业性收费"),
            Map.entry("licensing", "行政许可"), Map.entry("other_services", "其他对外管理服务事项"),
            Map.entry("punishment", "行政处罚"), Map.entry("coercion", "行政强制"), Map.entry("fees", "行政事业性收费"),
            Map.entry("procurement", "政府集中采购"));

    private Labels() {
    }

    /** 第二部分 / 第三部分 / 第四部分 by table key. */
    static String part(String table) {
        Section s = sectionOf(table);
        return s == null ? table : "第" + s.numeral() + "部分";
    }

    /** The part with its heading, for "table missing" messages: 第三部分“收到和处理政府信息公开申请情况”. */
    static String partWithTitle(String table) {
        Section s = sectionOf(table);
        return s == null ? table : part(table) + "“" + s.heading().substring(s.heading().indexOf('、') + 1) + "”";
    }

    private static Section sectionOf(String table) {
        return switch (table) {
            case "art20", "art20_2019" -> Section.PROACTIVE;
            case "applications" -> Section.APPLICATIONS;
            case "review_litigation" -> Section.REVIEW_LITIGATION;
            default -> null;
        };
    }

    static String row(String table, String row) {
        return switch (table) {
            case "applications" -> row(ApplicationRow.fromKey(row));
            case "review_litigation" -> groupOf(row).label();
            default -> ART20_ROWS.getOrDefault(row, row);
        };
    }

    static String row(ApplicationRow row) {
        return row.group() == null ? row.label() : "三" + row.fullLabel();
    }

    /** A row label short enough for a list: {@code （三）4.保护第三方合法权益}, long labels cut with …. */
    static String shortRow(String table, String row) {
        if (!table.equals("applications")) {
            return row(table, row);
        }
        ApplicationRow r = ApplicationRow.fromKey(row);
        String label = r.label().length() > 16 ? r.label().substring(0, 15) + "…" : r.label();
        return r.subgroup() == null ? label : r.subgroup().substring(0, 3) + label;
    }

    private static ReviewGroup groupOf(String key) {
        for (ReviewGroup g : ReviewGroup.values()) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown review group " + key);
    }
}
