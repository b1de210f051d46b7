package dev.annota.statistics.internal;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one matching of a bipartite graph, by the Hungarian method (Kuhn–Munkres with potentials,
 * O(n²·m)) on costs −weight. A weight of 0 or less means "may not be matched": such pairs are dropped from the
 * result, which is sound because adding zero-weight edges never changes a maximum-weight matching's weight.
 */
public final class Assignment {

    private Assignment() {
    }

    /**
     * @param weights rows × columns, weight of matching row r with column c (≤ 0: not allowed)
     * @return for every row the matched column, or −1
     */
    public static int[] maximumWeight(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        int[] match = new int[rows];
        Arrays.fill(match, -1);
        if (rows == 0 || columns == 0) {
            return match;
        }
        boolean transposed = rows > columns;
        int n = transposed ? columns : rows; // the solver below needs n ≤ m
        int m = transposed ? rows : columns;
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double w = transposed ? weights[j][i] : weights[i][j];
                cost[i + 1][j + 1] = w > 0 ? -w : 0;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= m; j++) {
            if (p[j] == 0) {
                continue;
            }
            int row = transposed ? j - 1 : p[j] - 1;
            int column = transposed ? p[j] - 1 : j - 1;
            if (weights[row][column] > 0) {
                match[row] = column;
            }
        }
        return match;
    }
}
