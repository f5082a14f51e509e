/**
 * Which pages and files the portal has: the page plan derived from the loaded content (home, region,
 * township, report, year-over-year, comparison, data, search, 404, sitemap, robots, feed), with their
 * output paths, and the {@link cn.gongkai.site.OutputSink} every stage writes into.
 */
package cn.gongkai.site;
