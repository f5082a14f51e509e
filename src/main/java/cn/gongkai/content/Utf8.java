package cn.gongkai.content;

/**
 * Strict UTF-8 decoding of a whole file into a char array: what the JDK's decoder gives with
 * {@code CodingErrorAction.REPORT}, in one small loop without buffers or decoder objects (the loader decodes
 * thousands of files as the program starts, mostly before anything is compiled). Anything that is not well-formed
 * UTF-8 (a stray continuation byte, a sequence cut short, an overlong form, a surrogate, a code point above
 * U+10FFFF) is refused as a whole.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Decodes {@code src[0, n)} into {@code dst}, which has room for {@code n} characters (UTF-8 never has more
     * characters than bytes). Returns how many characters it wrote, or −1 when the bytes are not well-formed UTF-8.
     */
    static int decode(byte[] src, int n, char[] dst) {
        return decode(src, n, dst, false);
    }

    /**
     * {@link #decode(byte[], int, char[])} with every line end made {@code \n} ({@code \r\n} and a lone {@code \r}),
     * as it goes: a report's text is read by lines, and this spares a second pass over every character to find a
     * {@code \r} that is nearly never there.
     */
    static int decodeLines(byte[] src, int n, char[] dst) {
        return decode(src, n, dst, true);
    }

    private static int decode(byte[] src, int n, char[] dst, boolean lineFeeds) {
        int sp = 0;
        int dp = 0;
        while (sp < n) {
            int b1 = src[sp];
            if (b1 >= 0) {
                if (b1 == '\r' && lineFeeds) {
                    dst[dp++] = '\n';
                    sp += sp + 1 < n && src[sp + 1] == '\n' ? 2 : 1;
                } else {
                    dst[dp++] = (char) b1;
                    sp++;
                }
            } else if ((b1 & 0xF0) == 0xE0) {
                // three bytes: E0 A0..BF, E1..EC 80..BF, ED 80..9F (not a surrogate), EE..EF 80..BF
                if (sp + 2 >= n) {
                    return -1;
                }
                int b2 = src[sp + 1];
                int b3 = src[sp + 2];
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
                    return -1;
                }
                char c = (char) ((b1 & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F);
                if (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) {
                    return -1;
                }
                dst[dp++] = c;
                sp += 3;
            } else {
                dp = decodeOther(src, n, sp, dst, dp);
                if (dp < 0) {
                    return -1;
                }
                sp += (b1 & 0xE0) == 0xC0 ? 2 : 4;
            }
        }
        return dp;
    }

    /**
     * Decodes the two- or four-byte sequence at {@code sp} into {@code dst} at {@code dp}; returns the new end of
     * {@code dst}, or −1 when it is not well-formed.
     */
    private static int decodeOther(byte[] src, int n, int sp, char[] dst, int dp) {
        int b1 = src[sp] & 0xFF;
        if (b1 >= 0xC2 && b1 <= 0xDF) {
            if (sp + 1 >= n || (src[sp + 1] & 0xC0) != 0x80) {
                return -1;
            }
            dst[dp] = (char) ((b1 & 0x1F) << 6 | src[sp + 1] & 0x3F);
            return dp + 1;
        }
        if (b1 >= 0xF0 && b1 <= 0xF4) {
            if (sp + 3 >= n) {
                return -1;
            }
            int b2 = src[sp + 1];
            int b3 = src[sp + 2];
            int b4 = src[sp + 3];
            if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
                return -1;
            }
            int cp = (b1 & 0x07) << 18 | (b2 & 0x3F) << 12 | (b3 & 0x3F) << 6 | b4 & 0x3F;
            if (cp < 0x10000 || cp > 0x10FFFF) {
                return -1;
            }
            dst[dp] = Character.highSurrogate(cp);
            dst[dp + 1] = Character.lowSurrogate(cp);
            return dp + 2;
        }
        return -1; // a continuation byte, C0, C1 or F5..FF
    }
}
