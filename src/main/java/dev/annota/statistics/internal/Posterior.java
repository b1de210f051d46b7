package dev.annota.statistics.internal;

/** Log-space normalisation shared by the EM models. */
final class Posterior {

    private Posterior() {
    }

    /**
     * Writes exp(scores) normalised to sum 1 into {@code out[offset..offset+k)} and returns log Σ exp(scores), the
     * item's log-likelihood (log-sum-exp, shifted by the maximum so nothing underflows).
     */
    static double normalise(double[] scores, double[] out, int offset, int k) {
        double max = scores[0];
        for (int t = 1; t < k; t++) {
            max = Math.max(max, scores[t]);
        }
        double sum = 0;
        for (int t = 0; t < k; t++) {
            double e = Math.exp(scores[t] - max);
            out[offset + t] = e;
            sum += e;
        }
        double inverse = 1 / sum;
        for (int t = 0; t < k; t++) {
            out[offset + t] *= inverse;
        }
        return max + Math.log(sum);
    }
}
