package cn.gongkai.source.pdf;

import java.util.ArrayList;
import java.util.List;

/** A plain line diff for golden-file failures: "-" expected only, "+" actual only, with line numbers. */
final class LineDiff {
    private LineDiff() {
    }

    static String diff(String expected, String actual, String expectedName, String actualName) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        out.add("--- " + expectedName);
        out.add("+++ " + actualName);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+" + (j + 1) + ": " + b[j]);
                j++;
            } else {
                out.add("-" + (i + 1) + ": " + a[i]);
                i++;
            }
        }
        return String.join("\n", out) + "\n";
    }
}
