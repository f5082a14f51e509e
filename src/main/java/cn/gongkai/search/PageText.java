package cn.gongkai.search;

/**
 * What search sees of one page: its {@code <title>} and its visible text with whitespace removed.
 *
 * @param title the first {@code <title>}'s text, whitespace collapsed; empty when the page has none
 * @param text  the text of the page outside {@code script}, {@code style}, {@code nav}, {@code header} and
 *              {@code footer} (the title included), entities decoded, whitespace removed
 */
record PageText(String title, String text) {
}
