/**
 * Reads source reports (PDF, HTML, text) into {@link cn.gongkai.model.Report}s. PDFBox only in
 * {@code source.pdf}, Jsoup only in {@code source.html}. A cell that cannot be placed with certainty is
 * unknown with a diagnostic; never guessed.
 */
package cn.gongkai.source;
