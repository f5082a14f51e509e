/**
 * Data files for download: the report JSON of the contract (per report and all in one), tidy and wide CSV,
 * per-township files and the Frictionless {@code datapackage.json}. {@link cn.gongkai.data.ReportJson} is
 * the one mapping between {@link cn.gongkai.model.Report} and the contract's JSON, used by the parser's
 * {@code --json} output too. {@link cn.gongkai.data.DataFiles} writes every download through the site's
 * {@link cn.gongkai.site.OutputSink} and returns a {@link cn.gongkai.data.DataResource} per file for the data page.
 */
package cn.gongkai.data;
