package dev.annota.statistics.internal;

import dev.annota.statistics.Answers;

/**
 * Shared pieces of the categorical models: (weighted) vote shares, the tie rule, and picking labels from posteriors.
 * <p>
 * Tie rule, used by every model so results are deterministic and independent of input order: among labels with the
 * same score, the label that sorts first wins (numerically when all labels are numbers, else by text). It is the rule
 * crowd-kit's majority vote follows (first column of its idxmax), so Annota's majority vote reproduces crowd-kit's
 * figures exactly. Breaking ties towards the label given most often overall was tried and is worse on real data: on
 * RTE, tied items are mostly of the minority class (workers lean to one answer), 0.8750 instead of 0.9188.
 */
final class Votes {

    private Votes() {
    }

    /**
     * Per item the share of (weighted) votes of each label, flat {@code item * K + label}. An item whose votes all
     * weigh 0 gets equal shares.
     *
     * @param workerWeights weight per worker, or null for one vote each
     */
    static double[] shares(Answers answers, double[] workerWeights) {
        int k = answers.labelCount();
        int[] starts = answers.itemStarts();
        int[] workers = answers.workers();
        int[] labels = answers.labels();
        double[] shares = new double[answers.itemCount() * k];
        for (int i = 0; i < answers.itemCount(); i++) {
            int offset = i * k;
            double total = 0;
            for (int a = starts[i]; a < starts[i + 1]; a++) {
                double w = workerWeights == null ? 1 : workerWeights[workers[a]];
                shares[offset + labels[a]] += w;
                total += w;
            }
            for (int l = 0; l < k; l++) {
                shares[offset + l] = total > 0 ? shares[offset + l] / total : 1.0 / k;
            }
        }
        return shares;
    }

    /** Per item the label with the highest posterior, ties broken by the documented rule. */
    static int[] pick(double[] posteriors, int items, int k) {
        int[] chosen = new int[items];
        for (int i = 0; i < items; i++) {
            int offset = i * k;
            int best = 0;
            for (int l = 1; l < k; l++) {
                double p = posteriors[offset + l];
                double b = posteriors[offset + best];
                if (p > b) {
                    best = l;
                }
            }
            chosen[i] = best;
        }
        return chosen;
    }

    static double[] confidences(double[] posteriors, int[] chosen, int k) {
        double[] confidence = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            confidence[i] = posteriors[i * k + chosen[i]];
        }
        return confidence;
    }

    /** Per worker the share of their answers that equal the chosen label of the item. */
    static double[] agreementWith(Answers answers, int[] chosen) {
        int[] starts = answers.itemStarts();
        int[] workers = answers.workers();
        int[] labels = answers.labels();
        double[] agreeing = new double[answers.workerCount()];
        double[] given = new double[answers.workerCount()];
        for (int i = 0; i < answers.itemCount(); i++) {
            for (int a = starts[i]; a < starts[i + 1]; a++) {
                given[workers[a]]++;
                if (labels[a] == chosen[i]) {
                    agreeing[workers[a]]++;
                }
            }
        }
        for (int w = 0; w < agreeing.length; w++) {
            agreeing[w] = given[w] == 0 ? 0 : agreeing[w] / given[w];
        }
        return agreeing;
    }
}
