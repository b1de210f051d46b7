package dev.annota.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inter-annotator agreement coefficients.
 * <p>
 * Conventions shared by every method: a missing value is {@code null} (categorical data) or {@link Double#NaN}
 * (numeric data); a coefficient that is undefined for the data (no variation at all, too few values) is
 * {@link Double#NaN}, never a made-up 0 or 1, because a quality page must not show agreement that was not measured.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Share of units on which two annotators gave the same value, over the units both answered.
     *
     * @param a the first annotator's value per unit, {@code null} where missing
     * @param b the second annotator's value per unit, same length
     */
    public static double percentAgreement(String[] a, String[] b) {
        requireSameLength(a, b);
        int both = 0;
        int same = 0;
        for (int u = 0; u < a.length; u++) {
            if (a[u] == null || b[u] == null) {
                continue;
            }
            both++;
            if (a[u].equals(b[u])) {
                same++;
            }
        }
        return both == 0 ? Double.NaN : (double) same / both;
    }

    /**
     * Percent agreement of any number of annotators: per unit, the share of agreeing pairs among all pairs of the
     * values given for it; averaged over the units with at least two values (the observed agreement of Fleiss' kappa).
     *
     * @param unitsByAnnotators one row per unit, one column per annotator, {@code null} where missing
     */
    public static double percentAgreement(String[][] unitsByAnnotators) {
        double sum = 0;
        int units = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (String[] unit : unitsByAnnotators) {
            counts.clear();
            int m = 0;
            for (String value : unit) {
                if (value != null) {
                    counts.merge(value, 1, Integer::sum);
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            long agreeingPairs = 0;
            for (int c : counts.values()) {
                agreeingPairs += (long) c * (c - 1);
            }
            sum += (double) agreeingPairs / ((long) m * (m - 1));
            units++;
        }
        return units == 0 ? Double.NaN : sum / units;
    }

    /**
     * Cohen's kappa of two annotators over the units both answered: (p_o − p_e) / (1 − p_e) with p_e from each
     * annotator's own label distribution.
     */
    public static double cohensKappa(String[] a, String[] b) {
        requireSameLength(a, b);
        Map<String, int[]> marginals = new HashMap<>();
        int n = 0;
        int same = 0;
        for (int u = 0; u < a.length; u++) {
            if (a[u] == null || b[u] == null) {
                continue;
            }
            n++;
            if (a[u].equals(b[u])) {
                same++;
            }
            marginals.computeIfAbsent(a[u], k -> new int[2])[0]++;
            marginals.computeIfAbsent(b[u], k -> new int[2])[1]++;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (double) same / n;
        double expected = 0;
        for (int[] m : marginals.values()) {
            expected += ((double) m[0] / n) * ((double) m[1] / n);
        }
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /**
     * Fleiss' kappa from a table of counts: one row per subject, one column per category, each cell the number of
     * raters who put the subject in the category. Every subject must have the same number of ratings (Fleiss' model).
     */
    public static double fleissKappa(int[][] subjectsByCategories) {
        int subjects = subjectsByCategories.length;
        if (subjects == 0) {
            return Double.NaN;
        }
        int categories = subjectsByCategories[0].length;
        int raters = Arrays.stream(subjectsByCategories[0]).sum();
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two ratings per subject");
        }
        double[] categoryTotals = new double[categories];
        double observed = 0;
        for (int i = 0; i < subjects; i++) {
            int[] row = subjectsByCategories[i];
            if (row.length != categories || Arrays.stream(row).sum() != raters) {
                throw new IllegalArgumentException("subject " + i + " does not have " + raters + " ratings in "
                        + categories + " categories; Fleiss' kappa needs the same number of ratings per subject");
            }
            long squares = 0;
            for (int j = 0; j < categories; j++) {
                squares += (long) row[j] * row[j];
                categoryTotals[j] += row[j];
            }
            observed += (double) (squares - raters) / ((long) raters * (raters - 1));
        }
        observed /= subjects;
        double expected = 0;
        for (double total : categoryTotals) {
            double p = total / ((double) subjects * raters);
            expected += p * p;
        }
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /**
     * Fleiss' kappa from raw ratings: one row per subject, one column per rating (the raters need not be the same
     * people across subjects); no value may be missing.
     */
    public static double fleissKappa(String[][] subjectsByRatings) {
        Map<String, Integer> categories = new HashMap<>();
        for (String[] row : subjectsByRatings) {
            for (String value : row) {
                if (value == null) {
                    throw new IllegalArgumentException("Fleiss' kappa takes no missing ratings; use Krippendorff's alpha");
                }
                categories.putIfAbsent(value, categories.size());
            }
        }
        int[][] counts = new int[subjectsByRatings.length][categories.size()];
        for (int i = 0; i < subjectsByRatings.length; i++) {
            for (String value : subjectsByRatings[i]) {
                counts[i][categories.get(value)]++;
            }
        }
        return fleissKappa(counts);
    }

    /**
     * Krippendorff's alpha, 1 − D_o / D_e, computed from the coincidence matrix (Krippendorff 2011, "Computing
     * Krippendorff's Alpha-Reliability"). Units with fewer than two values are not pairable and are left out.
     *
     * @param codersByUnits one row per coder, one column per unit, {@link Double#NaN} where a coder gave no value
     * @param measurement   chooses the difference function
     */
    public static double krippendorffAlpha(double[][] codersByUnits, Measurement measurement) {
        int units = 0;
        TreeSet<Double> distinct = new TreeSet<>();
        for (double[] coder : codersByUnits) {
            units = Math.max(units, coder.length);
            for (double v : coder) {
                if (!Double.isNaN(v)) {
                    distinct.add(v);
                }
            }
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        int v = values.length;
        double[] coincidences = new double[v * v];
        int[] inUnit = new int[v];
        for (int u = 0; u < units; u++) {
            Arrays.fill(inUnit, 0);
            int m = 0;
            for (double[] coder : codersByUnits) {
                if (u < coder.length && !Double.isNaN(coder[u])) {
                    inUnit[Arrays.binarySearch(values, coder[u])]++;
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (int c = 0; c < v; c++) {
                if (inUnit[c] == 0) {
                    continue;
                }
                for (int k = 0; k < v; k++) {
                    int pairs = inUnit[c] * (inUnit[k] - (c == k ? 1 : 0));
                    coincidences[c * v + k] += (double) pairs / (m - 1);
                }
            }
        }
        double[] marginals = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginals[c] += coincidences[c * v + k];
            }
            n += marginals[c];
        }
        if (n < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double delta = difference(measurement, values, marginals, c, k);
                observed += coincidences[c * v + k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        expected /= n - 1;
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /**
     * Krippendorff's alpha for values of any kind with a given distance δ (δ(v, v) = 0, symmetric): sets of labels
     * with {@link #masiDistance} or {@link #jaccardDistance}, for instance. 1 − D_o / D_e with
     * D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ(v_i, v_j) and D_e = 1/(n(n − 1)) Σ_{i≠j} δ(v_i, v_j) over all n
     * pairable values, the same as the coincidence form above (with δ = 0/1 it is nominal alpha).
     *
     * @param units per unit the values given (missing ones left out); units with fewer than two are not pairable
     */
    public static <T> double krippendorffAlpha(List<? extends List<? extends T>> units,
                                               java.util.function.ToDoubleBiFunction<? super T, ? super T> distance) {
        double observed = 0;
        long n = 0;
        var counts = new java.util.LinkedHashMap<T, Long>();
        for (List<? extends T> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            double within = 0;
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    within += 2 * distance.applyAsDouble(unit.get(i), unit.get(j));
                }
            }
            observed += within / (m - 1);
            n += m;
            unit.forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        if (n < 2) {
            return Double.NaN;
        }
        observed /= n;
        // Expected disagreement over distinct values only: a project has many answers but few distinct ones.
        var distinct = new ArrayList<>(counts.entrySet());
        double expected = 0;
        for (int c = 0; c < distinct.size(); c++) {
            for (int k = c + 1; k < distinct.size(); k++) {
                expected += 2.0 * distinct.get(c).getValue() * distinct.get(k).getValue()
                        * distance.applyAsDouble(distinct.get(c).getKey(), distinct.get(k).getKey());
            }
        }
        expected /= (double) n * (n - 1);
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /** 1 − |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
    public static double jaccardDistance(Set<?> a, Set<?> b) {
        return 1 - jaccard(a, b);
    }

    /**
     * MASI distance (Passonneau 2006) of two label sets: 1 − J·M with J the Jaccard similarity and M = 1 when the sets
     * are equal, 2/3 when one contains the other, 1/3 when they only intersect, 0 when disjoint. It rates "one label
     * more" as a smaller disagreement than Jaccard alone does for small sets.
     */
    public static double masiDistance(Set<?> a, Set<?> b) {
        if (a.equals(b)) {
            return 0;
        }
        double m;
        if (a.containsAll(b) || b.containsAll(a)) {
            m = 2.0 / 3;
        } else if (a.stream().anyMatch(b::contains)) {
            m = 1.0 / 3;
        } else {
            return 1;
        }
        return 1 - jaccard(a, b) * m;
    }

    private static double jaccard(Set<?> a, Set<?> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Squared difference δ²(c, k) between the c-th and k-th smallest values. */
    private static double difference(Measurement measurement, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (measurement) {
            case NOMINAL -> 1;
            case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
            case RATIO -> {
                double sum = values[c] + values[k];
                yield sum == 0 ? 0 : Math.pow((values[c] - values[k]) / sum, 2);
            }
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginals[g];
                }
                between -= (marginals[c] + marginals[k]) / 2;
                yield between * between;
            }
        };
    }

    private static void requireSameLength(String[] a, String[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("both annotators need one value per unit: " + a.length + " vs " + b.length);
        }
    }
}
