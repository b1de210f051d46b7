package dev.annota.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry model for pairwise comparisons ("response A is better than response B"): each contender i has a
 * strength p_i and wins against j with probability p_i / (p_i + p_j). Fitted by maximum likelihood with Hunter's
 * (2004) MM iteration p_i ← W_i / Σ_j n_ij / (p_i + p_j). A tie counts half a win to each side. Rank the responses of
 * one prompt by feeding that prompt's comparisons; rank the models behind the responses by feeding each comparison
 * with the model names instead.
 * <p>
 * The prior adds, for every contender, that many virtual wins and as many virtual losses against a reference of
 * strength 1. It keeps strengths finite for a contender who never lost (or never won) and pulls thinly compared
 * contenders towards the middle; 0 gives the plain maximum-likelihood estimate, which only exists when every
 * contender has both won and lost within a connected set of comparisons.
 */
public final class BradleyTerry {

    /**
     * A contender's place: rank 1 is the strongest; score = ln(strength), centred so the scores average 0;
     * {@code standardError} that of the score, from the observed Fisher information (NaN when not computed).
     */
    public record Standing(int rank, String name, double score, double strength, double wins, int comparisons,
                           double standardError) {
    }

    /** Standard errors are computed up to this many contenders (the covariance costs n³). */
    public static final int MAX_CONTENDERS_WITH_ERRORS = 400;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<Long, double[]> pairs = new HashMap<>();

    public BradleyTerry win(String winner, String loser) {
        return record(winner, loser, 1);
    }

    public BradleyTerry tie(String a, String b) {
        return record(a, b, 0.5).record(b, a, 0.5, false);
    }

    private BradleyTerry record(String winner, String loser, double amount) {
        return record(winner, loser, amount, true);
    }

    private BradleyTerry record(String winner, String loser, double amount, boolean countGame) {
        if (winner.equals(loser)) {
            throw new IllegalArgumentException("a comparison needs two different contenders: " + winner);
        }
        int w = code(winner);
        int l = code(loser);
        // Per unordered pair: [wins of the lower code, wins of the higher code, games].
        double[] pair = pairs.computeIfAbsent(key(w, l), k -> new double[3]);
        pair[w < l ? 0 : 1] += amount;
        if (countGame) {
            pair[2] += 1;
        }
        return this;
    }

    private int code(String name) {
        return index.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Fits with the given prior (virtual wins and losses per contender); standings strongest first. */
    public List<Standing> fit(double prior) {
        return fit(prior, 1e-10, 100_000);
    }

    public List<Standing> fit(double prior, double tolerance, int maxIterations) {
        if (prior < 0) {
            throw new IllegalArgumentException("prior must be >= 0");
        }
        int n = names.size();
        double[] wins = new double[n];
        int[] games = new int[n];
        int m = pairs.size();
        int[] first = new int[m];
        int[] second = new int[m];
        double[] played = new double[m];
        int e = 0;
        for (Map.Entry<Long, double[]> entry : pairs.entrySet()) {
            int a = (int) (entry.getKey() >>> 32);
            int b = (int) (long) entry.getKey();
            double[] pair = entry.getValue();
            first[e] = a;
            second[e] = b;
            played[e] = pair[2];
            wins[a] += pair[0];
            wins[b] += pair[1];
            games[a] += (int) pair[2];
            games[b] += (int) pair[2];
            e++;
        }
        double[] strength = new double[n];
        java.util.Arrays.fill(strength, 1);
        double[] denominator = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            java.util.Arrays.fill(denominator, 0);
            for (int k = 0; k < m; k++) {
                double share = played[k] / (strength[first[k]] + strength[second[k]]);
                denominator[first[k]] += share;
                denominator[second[k]] += share;
            }
            double change = 0;
            double logSum = 0;
            for (int i = 0; i < n; i++) {
                // The prior's 2·prior virtual games against the reference of strength 1, won half.
                double updated = (wins[i] + prior) / (denominator[i] + 2 * prior / (strength[i] + 1));
                change = Math.max(change, Math.abs(Math.log(updated) - Math.log(strength[i])));
                strength[i] = updated;
                logSum += Math.log(updated);
            }
            if (prior == 0) {
                // Without a reference the scale is free: fix the geometric mean at 1.
                double scale = Math.exp(-logSum / n);
                for (int i = 0; i < n; i++) {
                    strength[i] *= scale;
                }
            }
            if (change < tolerance) {
                break;
            }
        }
        double meanLog = 0;
        for (double s : strength) {
            meanLog += Math.log(s);
        }
        meanLog /= n;
        double[] errors = standardErrors(strength, first, second, played, prior);
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            standings.add(new Standing(0, names.get(i), Math.log(strength[i]) - meanLog, strength[i], wins[i],
                    games[i], errors[i]));
        }
        standings.sort(Comparator.comparingDouble(Standing::score).reversed().thenComparing(Standing::name));
        List<Standing> ranked = new ArrayList<>();
        for (int r = 0; r < standings.size(); r++) {
            Standing s = standings.get(r);
            ranked.add(new Standing(r + 1, s.name(), s.score(), s.strength(), s.wins(), s.comparisons(), s.standardError()));
        }
        return ranked;
    }

    /**
     * Standard errors of the centred scores: the information matrix H of the log-likelihood in θ = ln strength
     * (H_ii = Σ_j n_ij·P_ij·P_ji plus the prior's 2·prior·q_i(1 − q_i) against the reference, H_ij = −n_ij·P_ij·P_ji)
     * is inverted — with the prior H is definite; without it H is a graph Laplacian, whose pseudo-inverse is
     * (H + J/n)⁻¹ − J/n — and the covariance projected onto centred scores (C Σ C, C = I − J/n). NaN for every
     * contender when the comparisons do not connect them (no prior) or there are too many contenders.
     */
    private static double[] standardErrors(double[] strength, int[] first, int[] second, double[] played, double prior) {
        int n = strength.length;
        double[] errors = new double[n];
        java.util.Arrays.fill(errors, Double.NaN);
        if (n == 0 || n > MAX_CONTENDERS_WITH_ERRORS) {
            return errors;
        }
        double[][] h = new double[n][n];
        for (int k = 0; k < first.length; k++) {
            int a = first[k];
            int b = second[k];
            double p = strength[a] / (strength[a] + strength[b]);
            double info = played[k] * p * (1 - p);
            h[a][a] += info;
            h[b][b] += info;
            h[a][b] -= info;
            h[b][a] -= info;
        }
        for (int i = 0; i < n; i++) {
            double q = strength[i] / (strength[i] + 1);
            h[i][i] += 2 * prior * q * (1 - q);
            if (prior == 0) {
                for (int j = 0; j < n; j++) {
                    h[i][j] += 1.0 / n;
                }
            }
        }
        double[][] sigma = invert(h);
        if (sigma == null) {
            return errors;
        }
        if (prior == 0) {
            for (double[] row : sigma) {
                for (int j = 0; j < n; j++) {
                    row[j] -= 1.0 / n;
                }
            }
        }
        double[] rowMean = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMean[i] += sigma[i][j] / n;
            }
            total += rowMean[i] / n;
        }
        for (int i = 0; i < n; i++) {
            // (C Σ C)_ii = Σ_ii − 2·mean_j Σ_ij + mean_jk Σ_jk, Σ symmetric.
            double variance = sigma[i][i] - 2 * rowMean[i] + total;
            errors[i] = variance > 0 ? Math.sqrt(variance) : Double.NaN;
        }
        return errors;
    }

    /** Gauss–Jordan with partial pivoting; null when the matrix is (numerically) singular. */
    private static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
            for (double v : matrix[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= 1e-12 * Math.max(scale, 1e-300)) {
                return null;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double d = a[col][col];
            for (int j = 0; j < 2 * n; j++) {
                a[col][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inverse[i], 0, n);
        }
        return inverse;
    }

    /** The model's probability that {@code a} beats {@code b}, from fitted standings. */
    public static double probability(Standing a, Standing b) {
        return a.strength() / (a.strength() + b.strength());
    }
}
