package cn.gongkai.content.generate;

import cn.gongkai.model.ApplicationRow;
import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Art20;
import cn.gongkai.model.Art20Format2019;
import cn.gongkai.model.Cell;
import cn.gongkai.model.DocumentCounts;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.ReviewOutcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the tables of one township's reports, year after year, so that every arithmetic check of the data
 * contract holds: each row's total is the sum of the six applicant columns; per column new + carried over =
 * processed + carried forward; processed = the sum of the result rows; each part-四 total = its four outcomes;
 * and this year's carried_forward is next year's carried_over. Most townships receive no applications at all,
 * some a handful, a few tens or hundreds. A few cells are written {@code /} (an all-zero row, a fee nobody
 * charges) and a few are unknown (a cell the source lost), as in real reports.
 */
final class FigureGenerator {

    /** Relative frequency of the applicant columns (自然人 … 其他) among applications. */
    private static final int[] COLUMN_WEIGHTS = {82, 9, 1, 2, 2, 4};

    private static final int COLUMNS = 6;

    private final SplittableRandom random;
    private final int activity;

    private FigureGenerator(SplittableRandom random) {
        this.random = random;
        int r = random.nextInt(100);
        // 0: never asked; 1: a few applications a year; 2: tens; 3: hundreds (a busy suburban 街道).
        this.activity = r < 58 ? 0 : r < 88 ? 1 : r < 98 ? 2 : 3;
    }

    /** The figures for every year of {@code years} (ascending, consecutive). */
    static List<YearFigures> forYears(List<Integer> years, SplittableRandom random) {
        return new FigureGenerator(random).generate(years);
    }

    private List<YearFigures> generate(List<Integer> years) {
        List<YearFigures> out = new ArrayList<>(years.size());
        int[] carried = new int[COLUMNS];
        if (activity >= 2 && random.nextBoolean()) {
            carried[0] = 1 + random.nextInt(3 * activity);
        }
        int inForce = random.nextInt(10) < 3 ? 1 + random.nextInt(4) : 0;
        int licensingItems = random.nextInt(30);
        int punishmentItems = random.nextInt(12);
        int proactiveBase = 8 + random.nextInt(40) + (activity >= 2 ? 60 + random.nextInt(200) : 0);
        for (int year : years) {
            ReportFormat format = year <= 2020 ? ReportFormat.F2019 : ReportFormat.F2021;
            int made = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0;
            int repealed = inForce > 0 && random.nextInt(20) == 0 ? 1 : 0;
            inForce = inForce + made - repealed;
            Art20 art20 = null;
            Art20Format2019 art2019 = null;
            if (format == ReportFormat.F2021) {
                art20 = art20(made, repealed, inForce);
            } else {
                int change = Math.max(-licensingItems, random.nextInt(7) - 3);
                art2019 = art20Format2019(made, inForce, licensingItems, change, punishmentItems);
                licensingItems += change;
            }
            List<ApplicationRow> rows = ApplicationRow.rowsOf(format);
            int[][] table = applications(rows, carried);
            System.arraycopy(table[rows.indexOf(ApplicationRow.CARRIED_FORWARD)], 0, carried, 0, COLUMNS);
            Integer proactive = random.nextInt(100) == 0 ? null
                    : Math.max(1, proactiveBase - proactiveBase / 4 + random.nextInt(proactiveBase / 2 + 5));
            out.add(new YearFigures(year, format, proactive, art20, art2019, toTable(format, rows, table), review()));
        }
        return out;
    }

    // ---- Part 三 ----

    /** The six applicant columns of every row (total column left out), rows in table order. */
    private int[][] applications(List<ApplicationRow> rows, int[] carriedOver) {
        int[][] t = new int[rows.size()][COLUMNS];
        int received = newApplications();
        int[] fresh = t[rows.indexOf(ApplicationRow.NEW_RECEIVED)];
        for (int i = 0; i < received; i++) {
            fresh[weighted(COLUMN_WEIGHTS)]++;
        }
        System.arraycopy(carriedOver, 0, t[rows.indexOf(ApplicationRow.CARRIED_OVER)], 0, COLUMNS);
        List<ApplicationRow> results = rows.stream().filter(ApplicationRow::isResult).toList();
        int[] weights = results.stream().mapToInt(FigureGenerator::resultWeight).toArray();
        int[] resultIndex = results.stream().mapToInt(rows::indexOf).toArray();
        int processedRow = rows.indexOf(ApplicationRow.TOTAL_PROCESSED);
        int forwardRow = rows.indexOf(ApplicationRow.CARRIED_FORWARD);
        for (int c = 0; c < COLUMNS; c++) {
            int open = fresh[c] + carriedOver[c];
            int forward = open > 0 && random.nextInt(100) < 15 ? random.nextInt(open / 5 + 2) : 0;
            forward = Math.min(forward, open);
            int processed = open - forward;
            t[processedRow][c] = processed;
            t[forwardRow][c] = forward;
            for (int i = 0; i < processed; i++) {
                t[resultIndex[weighted(weights)]][c]++;
            }
        }
        return t;
    }

    private int newApplications() {
        return switch (activity) {
            case 0 -> random.nextInt(25) == 0 ? 1 : 0;
            case 1 -> random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(6);
            case 2 -> 8 + random.nextInt(50);
            default -> 80 + random.nextInt(320);
        };
    }

    /** Relative frequency of a result row among processed applications. */
    private static int resultWeight(ApplicationRow row) {
        return switch (row) {
            case GRANTED -> 450;
            case PARTIALLY_GRANTED -> 90;
            case DENIED_STATE_SECRET, DENIED_PROHIBITED_BY_LAW, DENIED_THREE_SECURITIES_ONE_STABILITY,
                    NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_EXCESSIVE, OTHER_FEE_UNPAID -> 4;
            case DENIED_THIRD_PARTY_RIGHTS, DENIED_INTERNAL_AFFAIRS, UNABLE_UNCLEAR_AFTER_CORRECTION,
                    NOT_PROCESSED_PETITION_COMPLAINT, NOT_PROCESSED_DUPLICATE -> 20;
            case DENIED_PROCESS_INFORMATION, UNABLE_NEEDS_CREATION -> 30;
            case DENIED_ENFORCEMENT_CASE_FILE, NOT_PROCESSED_CONFIRM_OR_REISSUE -> 10;
            case DENIED_ADMINISTRATIVE_QUERY -> 25;
            case UNABLE_NOT_HELD -> 200;
            case OTHER_NO_CORRECTION, OTHER_OTHER -> 20;
            case OTHER_TOTAL -> 44;
            default -> throw new IllegalArgumentException("not a result row: " + row.key());
        };
    }

    /**
     * The table as cells, with the total column added. Sometimes an all-zero result row is written {@code /}
     * (2 in 100 reports), and sometimes one result cell is unknown (1 in 100), as when a source page is cut.
     */
    private ApplicationTable toTable(ReportFormat format, List<ApplicationRow> rows, int[][] t) {
        int slashRow = -1;
        if (random.nextInt(50) == 0) {
            int r = rows.indexOf(ApplicationRow.DENIED_STATE_SECRET) + random.nextInt(6);
            if (sum(t[r]) == 0) {
                slashRow = r;
            }
        }
        int unknownRow = -1;
        int unknownColumn = -1;
        if (random.nextInt(100) == 0) {
            unknownRow = rows.indexOf(ApplicationRow.GRANTED) + random.nextInt(4);
            unknownColumn = random.nextInt(COLUMNS + 1);
        }
        Map<ApplicationRow, List<Cell>> cells = new EnumMap<>(ApplicationRow.class);
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>(COLUMNS + 1);
            for (int c = 0; c < COLUMNS; c++) {
                row.add(Cell.of(t[r][c]));
            }
            row.add(Cell.of(sum(t[r])));
            if (r == slashRow) {
                row.replaceAll(x -> Cell.notApplicable());
            }
            if (r == unknownRow) {
                row.set(unknownColumn, Cell.UNKNOWN);
            }
            cells.put(rows.get(r), row);
        }
        return ApplicationTable.of(format, cells);
    }

    // ---- Part 二 ----

    private Art20 art20(int made, int repealed, int inForce) {
        DocumentCounts rules = random.nextInt(50) == 0
                ? new DocumentCounts(Cell.notApplicable(), Cell.notApplicable(), Cell.notApplicable())
                : new DocumentCounts(Cell.of(0), Cell.of(0), Cell.of(0));
        DocumentCounts normative = new DocumentCounts(Cell.of(made), Cell.of(repealed), Cell.of(inForce));
        Cell fee;
        int f = random.nextInt(100);
        if (f < 3) {
            fee = Cell.notApplicable();
        } else if (f < 10) {
            fee = Cell.of(BigDecimal.valueOf(1 + random.nextInt(5000), 2));
        } else {
            fee = Cell.of(0);
        }
        return new Art20(rules, normative, Cell.of(decisions(30, 300)), Cell.of(decisions(40, 60)),
                Cell.of(random.nextInt(20) == 0 ? 1 + random.nextInt(5) : 0), fee);
    }

    private Art20Format2019 art20Format2019(int made, int inForce, int licensingItems, int change,
                                            int punishmentItems) {
        Art20Format2019.Published rules = new Art20Format2019.Published(Cell.of(0), Cell.of(0), Cell.of(0));
        Art20Format2019.Published normative = new Art20Format2019.Published(Cell.of(made), Cell.of(made),
                Cell.of(inForce));
        Art20Format2019.Items licensing = new Art20Format2019.Items(Cell.of(licensingItems), Cell.of(change),
                Cell.of(decisions(30, 300)));
        Art20Format2019.Items services = new Art20Format2019.Items(Cell.of(0), Cell.of(0), Cell.of(0));
        Art20Format2019.Items punishment = new Art20Format2019.Items(Cell.of(punishmentItems), Cell.of(0),
                Cell.of(decisions(40, 60)));
        Art20Format2019.Items coercion = new Art20Format2019.Items(Cell.of(0), Cell.of(0), Cell.of(0));
        Art20Format2019.Fees fees = new Art20Format2019.Fees(Cell.of(0), Cell.of(0));
        int items = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 0;
        Cell amount = items == 0 ? Cell.of(0) : Cell.of(BigDecimal.valueOf(100 + random.nextInt(90000), 2));
        return new Art20Format2019(rules, normative, licensing, services, punishment, coercion, fees,
                new Art20Format2019.Procurement(Cell.of(items), amount));
    }

    /** A count of decisions: zero in {@code zeroPercent}% of reports, else up to {@code max}. */
    private int decisions(int zeroPercent, int max) {
        return random.nextInt(100) < zeroPercent ? 0 : 1 + random.nextInt(1 + random.nextInt(max));
    }

    // ---- Part 四 ----

    private ReviewLitigation review() {
        return new ReviewLitigation(outcome(activity >= 2 ? 8 : 2), outcome(activity >= 2 ? 4 : 1), outcome(1));
    }

    /** A group with cases in {@code percent}% of reports; the total is the sum of the four outcomes. */
    private ReviewOutcome outcome(int percent) {
        int[] o = new int[4];
        if (random.nextInt(100) < percent) {
            int cases = 1 + random.nextInt(3);
            for (int i = 0; i < cases; i++) {
                o[weighted(new int[] {6, 1, 2, 1})]++;
            }
        }
        return new ReviewOutcome(Cell.of(o[0]), Cell.of(o[1]), Cell.of(o[2]), Cell.of(o[3]), Cell.of(sum(o)));
    }

    // ---- helpers ----

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
