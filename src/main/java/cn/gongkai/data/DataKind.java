package cn.gongkai.data;

/** What a data file holds; lets the data page group the files and report pages find their own. */
public enum DataKind {
    ALL_REPORTS_JSON("all-reports-json", "全部报告（JSON）"),
    TIDY_CSV("tidy-csv", "全部表格单元格（长表 CSV）"),
    WIDE_CSV("wide-csv", "主要数字（宽表 CSV）"),
    WIDE_SCHEMA("wide-schema", "宽表 CSV 的表结构（Table Schema）"),
    REPORT_JSON("report-json", "单份报告（JSON）"),
    REGION_JSON("region-json", "某地区的报告一览和主要数字（JSON）"),
    REGION_CSV("region-csv", "某地区的主要数字（宽表 CSV）"),
    DATA_PACKAGE("data-package", "数据包说明（Frictionless datapackage.json）");

    private final String key;
    private final String label;

    DataKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
