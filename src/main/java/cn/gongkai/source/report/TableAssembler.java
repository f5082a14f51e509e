package cn.gongkai.source.report;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the rows read from the table region into the model's tables. A row whose values do not fill its
 * columns exactly is unknown with a diagnostic (a lost cell leaves no way to tell which column it was),
 * except a row the source cuts off at its end, whose values are placed from the left. Records where every
 * cell was read.
 */
final class TableAssembler {
    private static final List<String> GROUP_KEYS = List.of("review", "litigation_direct", "litigation_after_review");
    private static final List<String> GROUP_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final SortedMap<String, String> provenance = new TreeMap<>();
    private final Map<RowTarget, List<Cell>> rows = new EnumMap<>(RowTarget.class);
    private final ReportFormat format;

    TableAssembler(ReportFormat format) {
        this.format = format;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    SortedMap<String, String> provenance() {
        return provenance;
    }

    /** Places every recognised row; reports the rest. */
    void place(List<RowRead> reads) {
        for (RowRead r : reads) {
            if (r.target() == null) {
                if (!r.values().isEmpty()) {
                    diagnostics.add(Diagnostic.warning("cell-unplaced", "有 " + r.values().size()
                            + " 个数字前面没有能认出的行名，未采用"
                            + (r.labelText().isEmpty() ? "" : "（读到的行名：" + shorten(r.labelText()) + "）"),
                            r.values().get(0).location()));
                }
                continue;
            }
            int width = width(r.target());
            if (width == 0) {
                diagnostics.add(Diagnostic.warning("row-wrong-format", "“" + r.target().label()
                        + "”一行不属于 " + format.key() + " 格式的表格，其数字未采用", r.location()));
                continue;
            }
            if (rows.containsKey(r.target())) {
                diagnostics.add(Diagnostic.warning("row-repeated", "“" + r.target().label()
                        + "”一行再次出现，保留第一次读到的数字", r.location()));
                continue;
            }
            rows.put(r.target(), cells(r, width, paths(r.target())));
        }
    }

    private List<Cell> cells(RowRead r, int width, List<String> paths) {
        List<CellToken> tokens = new ArrayList<>(r.tokens());
        if (r.exact()) {
            while (tokens.size() > width && tokens.get(tokens.size() - 1).isEmpty()) {
                tokens.remove(tokens.size() - 1);
            }
            while (tokens.size() > width && tokens.get(0).isEmpty()) {
                tokens.remove(0); // a label spread over more grid columns than it names
            }
        } else {
            tokens = r.values();
        }
        List<Cell> out = new ArrayList<>(Collections.nCopies(width, Cell.UNKNOWN));
        if (tokens.size() == width) {
            int blank = 0;
            for (int i = 0; i < width; i++) {
                CellToken t = tokens.get(i);
                out.set(i, t.isEmpty() ? new Cell.NotApplicable("") : t.cell());
                if (t.cell() != null && t.cell().isUnknown()) {
                    blank++;
                } else {
                    provenance.put(paths.get(i), t.location());
                }
            }
            if (blank > 0) {
                diagnostics.add(Diagnostic.warning("cell-blank", "“" + r.target().label() + "”一行有 " + blank
                        + " 个空白单元格；文字稿中的空白可能是 0 也可能是无，记为未知", r.location()));
            }
            return out;
        }
        if (tokens.size() < width && r.cutOff()) {
            for (int i = 0; i < tokens.size(); i++) {
                CellToken t = tokens.get(i);
                out.set(i, t.isEmpty() ? new Cell.NotApplicable("") : t.cell());
                if (t.cell() == null || !t.cell().isUnknown()) {
                    provenance.put(paths.get(i), t.location());
                }
            }
            diagnostics.add(Diagnostic.warning("row-cut-off", "原文在“" + r.target().label() + "”一行读到第 "
                    + tokens.size() + " 格（共 " + width + " 格）时结束，其余单元格未知", r.location()));
            return out;
        }
        diagnostics.add(Diagnostic.warning("cell-unplaced", "“" + r.target().label() + "”一行有 " + tokens.size()
                + " 个数字，但表格有 " + width + " 栏，无法确定每个数字属于哪一栏，整行记为未知（可能丢了单元格）",
                r.location()));
        return out;
    }

    private int width(RowTarget t) {
        if (!t.isArt20()) {
            return ApplicationRow.rowsOf(format).contains(t.applicationRow()) && format != ReportFormat.PRE2019 ? 7 : 0;
        }
        if (format == ReportFormat.F2019) {
            return switch (t) {
                case A20_FEES, A20_PROCUREMENT -> 2;
                default -> 3;
            };
        }
        return switch (t) {
            case A20_RULES, A20_NORMATIVE -> 3;
            case A20_LICENSING, A20_PUNISHMENT, A20_COERCION, A20_FEES -> 1;
            default -> 0;
        };
    }

    private List<String> paths(RowTarget t) {
        if (!t.isArt20()) {
            List<String> p = new ArrayList<>();
            for (cn.gongkai.model.ApplicantColumn c : cn.gongkai.model.ApplicantColumn.values()) {
                p.add("applications." + t.applicationRow().key() + "." + c.key());
            }
            return p;
        }
        if (format == ReportFormat.F2019) {
            String row = switch (t) {
                case A20_RULES -> "rules";
                case A20_NORMATIVE -> "normative_documents";
                case A20_LICENSING -> "licensing";
                case A20_OTHER_SERVICES -> "other_services";
                case A20_PUNISHMENT -> "punishment";
                case A20_COERCION -> "coercion";
                case A20_FEES -> "fees";
                default -> "procurement";
            };
            List<String> cols = switch (t) {
                case A20_RULES, A20_NORMATIVE -> List.of("newly_made", "newly_published", "total_published");
                case A20_FEES -> List.of("prev_year_items", "change");
                case A20_PROCUREMENT -> List.of("procurement_items", "procurement_amount");
                default -> List.of("prev_year_items", "change", "decisions");
            };
            return cols.stream().map(c -> "art20_2019." + row + "." + c).toList();
        }
        return switch (t) {
            case A20_RULES -> List.of("art20.rules.made", "art20.rules.repealed", "art20.rules.in_force");
            case A20_NORMATIVE -> List.of("art20.normative_documents.made", "art20.normative_documents.repealed",
                    "art20.normative_documents.in_force");
            case A20_LICENSING -> List.of("art20.licensing_decisions");
            case A20_PUNISHMENT -> List.of("art20.punishment_decisions");
            case A20_COERCION -> List.of("art20.coercion_decisions");
            default -> List.of("art20.fee_income_10k_yuan");
        };
    }

    boolean hasArt20Rows() {
        return rows.keySet().stream().anyMatch(RowTarget::isArt20);
    }

    boolean hasApplicationRows() {
        return rows.keySet().stream().anyMatch(t -> !t.isArt20());
    }

    Art20 art20() {
        return new Art20(counts(RowTarget.A20_RULES), counts(RowTarget.A20_NORMATIVE), one(RowTarget.A20_LICENSING),
                one(RowTarget.A20_PUNISHMENT), one(RowTarget.A20_COERCION), one(RowTarget.A20_FEES));
    }

    Art20Format2019 art20Format2019() {
        return new Art20Format2019(published(RowTarget.A20_RULES), published(RowTarget.A20_NORMATIVE),
                items(RowTarget.A20_LICENSING), items(RowTarget.A20_OTHER_SERVICES), items(RowTarget.A20_PUNISHMENT),
                items(RowTarget.A20_COERCION),
                new Art20Format2019.Fees(at(RowTarget.A20_FEES, 0), at(RowTarget.A20_FEES, 1)),
                new Art20Format2019.Procurement(at(RowTarget.A20_PROCUREMENT, 0), at(RowTarget.A20_PROCUREMENT, 1)));
    }

    ApplicationTable applications() {
        Map<ApplicationRow, List<Cell>> given = new EnumMap<>(ApplicationRow.class);
        rows.forEach((t, cells) -> {
            if (!t.isArt20()) {
                given.put(t.applicationRow(), cells);
            }
        });
        return ApplicationTable.of(format, given);
    }

    /** Part 四 from fifteen cells, recording where they were. */
    ReviewLitigation review(List<CellToken> fifteen) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < fifteen.size(); i++) {
            CellToken t = fifteen.get(i);
            cells.add(t.isEmpty() ? new Cell.NotApplicable("") : t.cell());
            provenance.put("review_litigation." + GROUP_KEYS.get(i / 5) + "." + GROUP_COLUMNS.get(i % 5), t.location());
        }
        return ReviewLitigation.of(cells);
    }

    private Cell at(RowTarget t, int i) {
        List<Cell> c = rows.get(t);
        return c == null || i >= c.size() ? Cell.UNKNOWN : c.get(i);
    }

    private Cell one(RowTarget t) {
        return at(t, 0);
    }

    private DocumentCounts counts(RowTarget t) {
        return new DocumentCounts(at(t, 0), at(t, 1), at(t, 2));
    }

    private Art20Format2019.Published published(RowTarget t) {
        return new Art20Format2019.Published(at(t, 0), at(t, 1), at(t, 2));
    }

    private Art20Format2019.Items items(RowTarget t) {
        return new Art20Format2019.Items(at(t, 0), at(t, 1), at(t, 2));
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
