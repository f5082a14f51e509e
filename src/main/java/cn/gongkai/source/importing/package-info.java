/**
 * {@code gongkai import}: parses source reports and writes content files for review (front matter with the
 * tables, diagnostics and provenance; the six parts as Markdown) next to a copy of the source. Decides the
 * region folder from what the report states plus the user's hints, and never overwrites a content file that
 * was edited by hand.
 */
package cn.gongkai.source.importing;
