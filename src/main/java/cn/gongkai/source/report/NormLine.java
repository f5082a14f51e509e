package cn.gongkai.source.report;

/**
 * One source line prepared for reading.
 *
 * @param raw        as the reader gave it
 * @param norm       normalised ({@link TextNormalizer#normalize}), spacing kept
 * @param compact    normalised without any spaces, for label matching
 * @param location   where it was, e.g. {@code line 37} or {@code page 4, line 12}
 * @param exactCells true when the reader knew the cell boundaries (HTML and PDF tables), so an empty cell
 *                   between {@code |} separators is a blank cell rather than padding
 */
record NormLine(String raw, String norm, String compact, String location, boolean exactCells) {
    boolean isBlank() {
        return compact.isEmpty();
    }
}
