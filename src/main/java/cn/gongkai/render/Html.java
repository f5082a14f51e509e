package cn.gongkai.render;

/** HTML escaping for the markup written in Java, the same as Freemarker's HTML output format does it. */
final class Html {
    private Html() {
    }

    /** Appends {@code s} escaped; text without special characters is copied whole. Null appends nothing. */
    static void escape(StringBuilder sb, String s) {
        if (s == null) {
            return;
        }
        int n = s.length();
        if (n >= 24 && !special(s.toCharArray())) {
            // a long text is scanned as a char array (String.charAt checks its index on every call under C1)
            sb.append(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '>') {
                continue; // every character to escape is at or below '>'; Chinese text never is
            }
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                sb.append(s.substring(from, i)).append(rep);
                from = i + 1;
            }
        }
        if (from == 0) {
            sb.append(s);
        } else {
            sb.append(s.substring(from, n));
        }
    }

    /** Appends {@code s} escaped to a page (see {@link PageBuffer#appendEscaped}). Null appends nothing. */
    static PageBuffer escape(PageBuffer pb, String s) {
        return pb.appendEscaped(s);
    }

    /** True when {@code cs} has a character to escape. */
    private static boolean special(char[] cs) {
        for (char c : cs) {
            if (c <= '>' && (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'')) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} escaped, or {@code s} itself when it has nothing to escape. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        return sb.length() == s.length() ? s : sb.toString();
    }
}
