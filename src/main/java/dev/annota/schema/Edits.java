package dev.annota.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Edit facts between a model draft and a final text: a word-level edit distance and a line-based unified diff.
 * Words, not characters: a 20,000-character rewrite is about 3,500 words, so the quadratic distance stays in
 * milliseconds, and word edits are how the effort of correcting a draft is usually measured (like WER).
 */
final class Edits {

    /** Above this many cells the line diff does not look for common lines inside the changed middle. */
    private static final long MAX_CELLS = 4_000_000;

    private Edits() {
    }

    static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    /** How many elements a and b share at their start. */
    private static int commonPrefix(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        return prefix;
    }

    /** How many elements a and b share at their end, past their first {@code prefix} (which both share). */
    private static int commonSuffix(List<String> a, List<String> b, int prefix) {
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        return suffix;
    }

    /** Levenshtein distance over tokens (insertions, deletions, substitutions), two rows of memory. */
    static int distance(List<String> a, List<String> b) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int substitute = previous[j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.size()];
    }

    /** A unified diff (3 lines of context) from {@code from} to {@code to}; empty when they are equal. */
    static String unifiedDiff(String from, String to, String fromName, String toName) {
        if (from.equals(to)) {
            return "";
        }
        List<String> a = Arrays.asList(from.split("\n", -1));
        List<String> b = Arrays.asList(to.split("\n", -1));
        List<char[]> ops = lineOps(a, b); // each {op} with op ' ', '-', '+'
        // Expand into (op, aIndex, bIndex) and group into hunks with 3 lines of context.
        int n = ops.size();
        char[] kind = new char[n];
        int[] ai = new int[n];
        int[] bi = new int[n];
        int i = 0, j = 0;
        for (int k = 0; k < n; k++) {
            kind[k] = ops.get(k)[0];
            ai[k] = i;
            bi[k] = j;
            if (kind[k] != '+') {
                i++;
            }
            if (kind[k] != '-') {
                j++;
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(fromName).append("\n+++ ").append(toName).append('\n');
        int k = 0;
        while (k < n) {
            if (kind[k] == ' ') {
                k++;
                continue;
            }
            // A hunk: this change and every later one separated from it by at most 6 unchanged lines.
            int last = k;
            for (int m = k + 1; m < n && m - last <= 7; m++) {
                if (kind[m] != ' ') {
                    last = m;
                }
            }
            int start = Math.max(0, k - 3);
            int end = Math.min(n, last + 4);
            int aCount = 0, bCount = 0;
            for (int m = start; m < end; m++) {
                aCount += kind[m] != '+' ? 1 : 0;
                bCount += kind[m] != '-' ? 1 : 0;
            }
            out.append("@@ -").append(aCount == 0 ? ai[start] : ai[start] + 1).append(',').append(aCount)
                    .append(" +").append(bCount == 0 ? bi[start] : bi[start] + 1).append(',').append(bCount).append(" @@\n");
            for (int m = start; m < end; m++) {
                out.append(kind[m]).append(kind[m] == '+' ? b.get(bi[m]) : a.get(ai[m])).append('\n');
            }
            k = end;
        }
        return out.toString();
    }

    /** Line operations turning a into b: common prefix/suffix, and a longest common subsequence in between. */
    private static List<char[]> lineOps(List<String> a, List<String> b) {
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        var ops = new ArrayList<char[]>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new char[] {' '});
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if ((long) n * m <= MAX_CELLS) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
                    ops.add(new char[] {' '});
                    i++;
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    ops.add(new char[] {'-'});
                    i++;
                } else {
                    ops.add(new char[] {'+'});
                    j++;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                ops.add(new char[] {'-'});
            }
            for (int j = 0; j < m; j++) {
                ops.add(new char[] {'+'});
            }
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new char[] {' '});
        }
        return ops;
    }
}
