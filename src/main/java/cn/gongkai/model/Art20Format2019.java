package cn.gongkai.model;

/**
 * Part 二 in the 2019 trial format. Its columns differ from 2021 and are never mapped onto them.
 *
 * @param rules              规章: 本年新制作数量 / 本年新公开数量 / 对外公开总数量
 * @param normativeDocuments 规范性文件: same three
 * @param licensing          行政许可: 上一年项目数量 / 本年增/减 / 处理决定数量
 * @param otherServices      其他对外管理服务事项: same three
 * @param punishment         行政处罚: same three
 * @param coercion           行政强制: same three
 * @param fees               行政事业性收费: 上一年项目数量 / 本年增/减
 * @param procurement        第（九）项 政府集中采购: 采购项目数量 / 采购总金额
 */
public record Art20Format2019(Published rules, Published normativeDocuments, Items licensing, Items otherServices,
                              Items punishment, Items coercion, Fees fees, Procurement procurement) {

    public static final Art20Format2019 UNKNOWN = new Art20Format2019(null, null, null, null, null, null, null, null);

    public Art20Format2019 {
        rules = rules == null ? Published.UNKNOWN : rules;
        normativeDocuments = normativeDocuments == null ? Published.UNKNOWN : normativeDocuments;
        licensing = licensing == null ? Items.UNKNOWN : licensing;
        otherServices = otherServices == null ? Items.UNKNOWN : otherServices;
        punishment = punishment == null ? Items.UNKNOWN : punishment;
        coercion = coercion == null ? Items.UNKNOWN : coercion;
        fees = fees == null ? Fees.UNKNOWN : fees;
        procurement = procurement == null ? Procurement.UNKNOWN : procurement;
    }

    /** 本年新制作数量 / 本年新公开数量 / 对外公开总数量. */
    public record Published(Cell newlyMade, Cell newlyPublished, Cell totalPublished) {
        public static final Published UNKNOWN = new Published(null, null, null);

        public Published {
            newlyMade = ReviewOutcome.orUnknown(newlyMade);
            newlyPublished = ReviewOutcome.orUnknown(newlyPublished);
            totalPublished = ReviewOutcome.orUnknown(totalPublished);
        }
    }

    /** 上一年项目数量 / 本年增/减 / 处理决定数量. {@code change} may be negative. */
    public record Items(Cell prevYearItems, Cell change, Cell decisions) {
        public static final Items UNKNOWN = new Items(null, null, null);

        public Items {
            prevYearItems = ReviewOutcome.orUnknown(prevYearItems);
            change = ReviewOutcome.orUnknown(change);
            decisions = ReviewOutcome.orUnknown(decisions);
        }
    }

    /** 上一年项目数量 / 本年增/减. */
    public record Fees(Cell prevYearItems, Cell change) {
        public static final Fees UNKNOWN = new Fees(null, null);

        public Fees {
            prevYearItems = ReviewOutcome.orUnknown(prevYearItems);
            change = ReviewOutcome.orUnknown(change);
        }
    }

    /** 采购项目数量 / 采购总金额. */
    public record Procurement(Cell procurementItems, Cell procurementAmount) {
        public static final Procurement UNKNOWN = new Procurement(null, null);

        public Procurement {
            procurementItems = ReviewOutcome.orUnknown(procurementItems);
            procurementAmount = ReviewOutcome.orUnknown(procurementAmount);
        }
    }
}
