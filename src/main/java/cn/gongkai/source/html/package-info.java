/**
 * Reads HTML report pages (portal pages, Word-exported HTML) into lines with Jsoup: paragraphs become lines,
 * table rows become {@code cell | cell |} lines with rowspan/colspan resolved the way the report parser
 * expects. Jsoup is used only here.
 */
package cn.gongkai.source.html;
