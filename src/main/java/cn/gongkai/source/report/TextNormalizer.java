package cn.gongkai.source.report;

import java.util.regex.Pattern;

/**
 * Brings the many ways reports write the same thing to one form for matching: full-width digits, letters and
 * punctuation to ASCII ({@code （一）} → {@code (一)}), ideographic and non-breaking spaces to spaces,
 * traditional characters to simplified, and pinyin glosses inserted after characters ({@code 鎮(zhèn)}) removed.
 * The text shown to readers (section Markdown) keeps what the report wrote; only matching uses this form.
 */
final class TextNormalizer {
    /** A pinyin gloss in parentheses right after a Chinese character, as some converted pages carry. */
    private static final Pattern PINYIN_GLOSS =
            Pattern.compile("(?<=[\\u4e00-\\u9fff])\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Spaces between two Chinese characters (or a Chinese character and punctuation) are layout, not words. */
    private static final Pattern CJK_GAP = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff\\p{Punct}“”、，。：；（）《》〈〉])\\s+(?=[\\u4e00-\\u9fff\\p{Punct}“”、，。：；（）《》〈〉])");

    private final TraditionalChars traditional = new TraditionalChars();

    /** Full-width → ASCII, odd spaces → space, traditional → simplified, glosses removed. Keeps spacing. */
    String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                    || c == '\u200B' || c == '\uFEFF' || c == '\t') {
                c = c == '\t' ? '\t' : ' ';
            } else if (c == '〔' || c == '【') {
                c = '[';
            } else if (c == '〕' || c == '】') {
                c = ']';
            }
            sb.append(c);
        }
        String out = traditional.toSimplified(sb.toString());
        return PINYIN_GLOSS.matcher(out).replaceAll("");
    }

    /** The normalised text with every space removed: the form labels are matched in. */
    String compact(String s) {
        return SPACES.matcher(normalize(s)).replaceAll("");
    }

    /** The normalised text with spaces between Chinese characters removed and other runs collapsed. */
    String tidy(String s) {
        String n = SPACES.matcher(normalize(s).trim()).replaceAll(" ");
        return CJK_GAP.matcher(n).replaceAll("");
    }

    /** The simplified form of a name as written (issuer, place), without glosses or spaces. */
    String name(String s) {
        return compact(s);
    }
}
