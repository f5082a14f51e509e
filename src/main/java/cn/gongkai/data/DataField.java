package cn.gongkai.data;

/**
 * One column of a CSV download, as its Frictionless table schema and the data page describe it.
 *
 * @param name        the column header, e.g. {@code granted_total}
 * @param type        the Frictionless field type: {@code string}, {@code integer}, {@code number} or {@code date}
 * @param description what the column holds, in words a reader of the data page understands
 * @param pattern     a regular expression every non-empty value matches, or null
 */
public record DataField(String name, String type, String description, String pattern) {

    public static DataField of(String name, String type, String description) {
        return new DataField(name, type, description, null);
    }
}
