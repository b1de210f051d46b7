package dev.annota.statistics.internal;

import dev.annota.statistics.Answers;
import dev.annota.statistics.EmOptions;

/**
 * MACE, Multi-Annotator Competence Estimation (Hovy, Berg-Kirkpatrick, Vaswani and Hovy 2013), fitted with EM: on
 * each answer a worker either knows the true label (probability θ, their competence) and gives it, or spams and draws
 * a label from their own distribution ξ regardless of the truth. True labels are uniform a priori, as in the paper.
 * Expected counts get 0.01 added before normalising (the paper's EM smoothing). Deterministic: one start from
 * majority-vote shares rather than the paper's random restarts. Worker skill = θ.
 */
public final class Mace {

    private static final double SMOOTHING = 0.01;

    private Mace() {
    }

    public static Estimate estimate(Answers answers, EmOptions options) {
        int k = answers.labelCount();
        int items = answers.itemCount();
        int workers = answers.workerCount();
        int[] starts = answers.itemStarts();
        int[] worker = answers.workers();
        int[] label = answers.labels();

        double[] posteriors = Votes.shares(answers, null);
        double[] theta = new double[workers];
        double[] spamming = new double[workers * k];
        java.util.Arrays.fill(theta, 0.5);
        java.util.Arrays.fill(spamming, 1.0 / k);
        double[] competent = new double[workers];
        double[] given = new double[workers];
        double[] spamCounts = new double[workers * k];
        double[] logSpam = new double[workers * k];
        double[] logBonus = new double[workers * k];
        double[] scores = new double[k];
        for (int w : worker) {
            given[w]++;
        }
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = k < 2;
        while (!converged && iteration < options.maxIterations()) {
            iteration++;
            // M-step: expected competent answers per worker and expected spam answers per (worker, label).
            java.util.Arrays.fill(competent, 0);
            java.util.Arrays.fill(spamCounts, 0);
            for (int i = 0; i < items; i++) {
                int p = i * k;
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    int w = worker[a];
                    int l = label[a];
                    double knows = theta[w];
                    double guessed = (1 - knows) * spamming[w * k + l];
                    double c = posteriors[p + l] * knows / (knows + guessed);
                    competent[w] += c;
                    spamCounts[w * k + l] += 1 - c;
                }
            }
            for (int w = 0; w < workers; w++) {
                theta[w] = (competent[w] + SMOOTHING) / (given[w] + 2 * SMOOTHING);
                double spamTotal = 0;
                for (int l = 0; l < k; l++) {
                    spamTotal += spamCounts[w * k + l];
                }
                for (int l = 0; l < k; l++) {
                    spamming[w * k + l] = (spamCounts[w * k + l] + SMOOTHING) / (spamTotal + k * SMOOTHING);
                    double spam = (1 - theta[w]) * spamming[w * k + l];
                    logSpam[w * k + l] = Math.log(spam);
                    logBonus[w * k + l] = Math.log(theta[w] + spam) - logSpam[w * k + l];
                }
            }
            // E-step: P(answer l | truth t) = θ·[l = t] + (1 − θ)·ξ(l).
            double logLikelihood = 0;
            for (int i = 0; i < items; i++) {
                java.util.Arrays.fill(scores, 0);
                double spam = 0;
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    int cell = worker[a] * k + label[a];
                    spam += logSpam[cell];
                    scores[label[a]] += logBonus[cell];
                }
                for (int t = 0; t < k; t++) {
                    scores[t] += spam;
                }
                logLikelihood += Posterior.normalise(scores, posteriors, i * k, k);
            }
            if (logLikelihood - previous <= options.tolerance() * Math.max(1, answers.size())) {
                converged = true;
            }
            previous = logLikelihood;
        }
        if (k < 2) {
            java.util.Arrays.fill(theta, 1);
        }
        int[] chosen = Votes.pick(posteriors, items, k);
        return new Estimate(chosen, Votes.confidences(posteriors, chosen, k), posteriors, theta, iteration, converged);
    }
}
