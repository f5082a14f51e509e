package cn.gongkai.source.report;

import cn.gongkai.model.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one normalised line into label text and cell values. Three shapes occur: cells separated by
 * {@code |} (portals, and the HTML/PDF readers), by tabs (text copied from Word), or by spaces with the
 * values at the end of the line ({@code 规章 0 0 0}).
 */
final class TableLineReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*([-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?)\\s*");

    /** A piece of a line: label text, or a cell (value, not-applicable mark, or empty). */
    record Piece(String text, Cell cell, boolean empty) {
        boolean isText() {
            return cell == null && !empty;
        }
    }

    /** True for page-number lines such as {@code - 6 -} or {@code 第 3 页}. */
    boolean isPageNumber(String norm) {
        return PAGE_NUMBER.matcher(norm).matches();
    }

    List<Piece> pieces(NormLine line) {
        String s = line.norm();
        List<Piece> out = new ArrayList<>();
        if (s.indexOf('|') >= 0 || s.indexOf('\t') >= 0) {
            boolean pipes = s.indexOf('|') >= 0;
            String body = s.strip();
            if (pipes && body.endsWith("|")) {
                body = body.substring(0, body.length() - 1); // "a | b |": the last separator closes the row
            }
            if (pipes && body.startsWith("|")) {
                body = body.substring(1);
            }
            String[] cells = body.split(pipes ? "\\|" : "\t", -1);
            for (String c : cells) {
                String t = c.trim();
                if (t.isEmpty()) {
                    out.add(new Piece("", null, true));
                    continue;
                }
                Cell v = value(t, true);
                out.add(v != null ? new Piece(t, v, false) : new Piece(t.replaceAll("\\s+", ""), null, false));
            }
            return out;
        }
        String[] words = s.trim().split("\\s+");
        int firstValue = words.length;
        while (firstValue > 0 && value(words[firstValue - 1], false) != null) {
            firstValue--;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < firstValue; i++) {
            label.append(words[i]);
        }
        if (label.length() > 0) {
            out.add(new Piece(label.toString(), null, false));
        }
        for (int i = firstValue; i < words.length; i++) {
            out.add(new Piece(words[i], value(words[i], false), false));
        }
        return out;
    }

    /**
     * The cell a piece of text states, or null when it is not a value: a number (signed for 本年增/减,
     * decimal for 万元), or {@code /}, {@code —}, {@code 无} for not applicable.
     */
    Cell value(String t, boolean wholeCell) {
        if (NUMBER.matcher(t).matches()) {
            return new Cell.Num(new BigDecimal(t.startsWith("+") ? t.substring(1) : t), t);
        }
        if (wholeCell && GROUPED_NUMBER.matcher(t).matches()) {
            return new Cell.Num(new BigDecimal(t.replace(",", "")), t);
        }
        if (t.equals("/") || t.equals("—") || t.equals("——") || t.equals("-") && wholeCell || t.equals("无")) {
            return new Cell.NotApplicable(t);
        }
        return null;
    }
}
