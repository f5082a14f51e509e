package cn.gongkai.data;

import java.util.List;

/**
 * One data file written under {@code data/}, as listed in {@code datapackage.json} and on the data page.
 *
 * @param path        path from the site root, e.g. {@code data/cells.csv} (in {@code datapackage.json} the
 *                    path is relative to {@code data/}: see {@link #packagePath()})
 * @param name        the Frictionless resource name: the package path with {@code /} replaced by {@code .},
 *                    e.g. {@code reports.shandong.jining.2024.json}; unique
 * @param kind        what the file holds
 * @param subject     the report id ({@link DataKind#REPORT_JSON}) or region path ({@code REGION_*}) the file is
 *                    about, or null for files about the whole portal
 * @param title       short title, e.g. {@code 全部表格单元格（长表 CSV）}
 * @param description what the file contains
 * @param format      {@code json} or {@code csv}
 * @param mediatype   {@code application/json} or {@code text/csv}
 * @param bytes       size of the file
 * @param sha256      lowercase hex SHA-256 of the file's bytes
 * @param fields      the columns of a CSV file, in order; empty for JSON
 */
public record DataResource(String path, String name, DataKind kind, String subject, String title,
                           String description, String format, String mediatype, long bytes, String sha256,
                           List<DataField> fields) {

    public DataResource {
        fields = List.copyOf(fields);
    }

    /** The path relative to {@code data/}, as written in {@code datapackage.json}. */
    public String packagePath() {
        return path.startsWith(DataFiles.DIR) ? path.substring(DataFiles.DIR.length()) : path;
    }

    public boolean isCsv() {
        return "csv".equals(format);
    }
}
