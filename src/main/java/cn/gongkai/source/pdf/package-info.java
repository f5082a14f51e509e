/**
 * Reads PDF reports into {@link cn.gongkai.source.SourceText} lines with PDFBox: prose in reading order, and
 * each table row rebuilt from glyph positions and the table's ruling lines as one {@code |}-separated line.
 * The only package that may use PDFBox.
 */
package cn.gongkai.source.pdf;
