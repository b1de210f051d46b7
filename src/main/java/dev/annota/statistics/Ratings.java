package dev.annota.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numeric ratings (e.g. 1–7 Likert answers) aggregated per item by a weighted mean or a weighted median. Weights come
 * per worker (for instance a worker's gold accuracy); a worker without a weight counts 1, and weight-0 answers are
 * left out.
 */
public final class Ratings {

    /** One item's aggregate: the value, the weighted standard deviation of the ratings, and how many counted. */
    public record Rating(String item, double value, double spread, int count) {
    }

    private final Map<String, List<double[]>> byItem = new LinkedHashMap<>();
    private final Map<String, List<String>> workersByItem = new LinkedHashMap<>();

    public Ratings add(String item, String worker, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("rating of " + item + " by " + worker + " is not a number: " + value);
        }
        byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(new double[] {value});
        workersByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(worker);
        return this;
    }

    /** Weighted mean per item, in order of first appearance; items with no weighted rating are left out. */
    public List<Rating> mean(Map<String, Double> workerWeights) {
        return aggregate(workerWeights, false);
    }

    /**
     * Weighted median per item: the smallest rating at which the cumulative weight of the sorted ratings reaches half
     * the total; when it lands exactly on half, the midpoint of that rating and the next (so equal weights give the
     * ordinary median).
     */
    public List<Rating> median(Map<String, Double> workerWeights) {
        return aggregate(workerWeights, true);
    }

    private List<Rating> aggregate(Map<String, Double> workerWeights, boolean median) {
        List<Rating> result = new ArrayList<>();
        byItem.forEach((item, values) -> {
            List<String> workers = workersByItem.get(item);
            double[][] pairs = new double[values.size()][];
            int n = 0;
            for (int i = 0; i < values.size(); i++) {
                double weight = workerWeights.getOrDefault(workers.get(i), 1.0);
                if (weight < 0 || !Double.isFinite(weight)) {
                    throw new IllegalArgumentException("weight of " + workers.get(i) + " must be >= 0: " + weight);
                }
                if (weight > 0) {
                    pairs[n++] = new double[] {values.get(i)[0], weight};
                }
            }
            if (n == 0) {
                return;
            }
            double[][] rated = Arrays.copyOf(pairs, n);
            double total = 0;
            double sum = 0;
            for (double[] p : rated) {
                total += p[1];
                sum += p[0] * p[1];
            }
            double mean = sum / total;
            double variance = 0;
            for (double[] p : rated) {
                variance += p[1] * (p[0] - mean) * (p[0] - mean);
            }
            double spread = Math.sqrt(variance / total);
            result.add(new Rating(item, median ? weightedMedian(rated, total) : mean, spread, n));
        });
        return result;
    }

    private static double weightedMedian(double[][] rated, double total) {
        Arrays.sort(rated, (a, b) -> Double.compare(a[0], b[0]));
        double half = total / 2;
        double cumulative = 0;
        for (int i = 0; i < rated.length; i++) {
            cumulative += rated[i][1];
            if (Math.abs(cumulative - half) <= 1e-12 * total && i + 1 < rated.length) {
                return (rated[i][0] + rated[i + 1][0]) / 2;
            }
            if (cumulative > half) {
                return rated[i][0];
            }
        }
        return rated[rated.length - 1][0];
    }
}
