/**
 * The report parser: turns the lines of any source ({@link cn.gongkai.source.SourceText}) into a
 * {@link cn.gongkai.model.Report}. Normalises the many spellings of the same label, finds the six parts,
 * reads metadata and tables, and records where each cell was read. A cell it cannot place with certainty is
 * unknown, with a diagnostic.
 */
package cn.gongkai.source.report;
