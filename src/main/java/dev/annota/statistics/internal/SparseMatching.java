package dev.annota.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum-weight one-to-one matching when few pairs may match (boxes that overlap, spans that share characters):
 * the candidate pairs split into connected components, each solved exactly by {@link Assignment}. The optimum of
 * the whole is the union of the components' optima, since no pair links two components; this keeps an item with
 * a thousand boxes from a thousand-by-thousand Hungarian run.
 */
public final class SparseMatching {

    /** A pair that may match, with its weight (> 0). */
    public record Edge(int left, int right, double weight) {
    }

    private SparseMatching() {
    }

    /** For every left element its matched right element, or −1. */
    public static int[] maximumWeight(int leftCount, int rightCount, List<Edge> edges) {
        int[] match = new int[leftCount];
        Arrays.fill(match, -1);
        if (edges.isEmpty()) {
            return match;
        }
        // Union–find over left (0..leftCount-1) and right (leftCount..) nodes.
        int[] parent = new int[leftCount + rightCount];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Edge e : edges) {
            int a = find(parent, e.left());
            int b = find(parent, leftCount + e.right());
            if (a != b) {
                parent[a] = b;
            }
        }
        var components = new java.util.HashMap<Integer, List<Edge>>();
        for (Edge e : edges) {
            components.computeIfAbsent(find(parent, e.left()), k -> new ArrayList<>()).add(e);
        }
        for (List<Edge> component : components.values()) {
            var lefts = new java.util.TreeMap<Integer, Integer>();
            var rights = new java.util.TreeMap<Integer, Integer>();
            for (Edge e : component) {
                lefts.putIfAbsent(e.left(), lefts.size());
                rights.putIfAbsent(e.right(), rights.size());
            }
            double[][] weights = new double[lefts.size()][rights.size()];
            for (Edge e : component) {
                int r = lefts.get(e.left());
                int c = rights.get(e.right());
                weights[r][c] = Math.max(weights[r][c], e.weight());
            }
            int[] local = Assignment.maximumWeight(weights);
            int[] leftIds = lefts.keySet().stream().mapToInt(Integer::intValue).toArray();
            int[] rightIds = rights.keySet().stream().mapToInt(Integer::intValue).toArray();
            for (int r = 0; r < local.length; r++) {
                if (local[r] >= 0) {
                    match[leftIds[r]] = rightIds[local[r]];
                }
            }
        }
        return match;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
