/**
 * Immutable records of the national report format (国办公开办函〔2021〕30号, the 2019 trial format and
 * pre-2019 narrative reports). No I/O here: every other stage talks through these types.
 *
 * <p>A table cell is a {@link cn.gongkai.model.Cell}: a number, not applicable ({@code /}) or unknown.
 * The three states never collapse into one another; in particular neither {@code /} nor unknown is 0.
 * Keys and labels follow {@code shared/docs/report-data.md} (the data contract) exactly.
 */
package cn.gongkai.model;
