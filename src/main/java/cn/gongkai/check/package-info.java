/**
 * The rules of the data contract: per-report arithmetic (the table footnote, row totals, result totals, part
 * 四 group totals, whole non-negative counts) and warnings across reports (missing tables, 结转 mismatch
 * between consecutive years, narrative vs tables, copied text, year mismatch). Results are
 * {@link cn.gongkai.model.Diagnostic}s added to the reports.
 */
package cn.gongkai.check;
