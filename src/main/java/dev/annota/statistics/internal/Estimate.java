package dev.annota.statistics.internal;

/**
 * What an aggregation model computed, in codes: per item the chosen label and its confidence, per item and label
 * the posterior (flat, {@code item * labels + label}), per worker a skill in [0, 1] (what skill means depends on
 * the model), and the iterations run (0 for single-pass methods).
 */
public record Estimate(int[] labels, double[] confidences, double[] posteriors, double[] workerSkills, int iterations,
                       boolean converged) {
}
