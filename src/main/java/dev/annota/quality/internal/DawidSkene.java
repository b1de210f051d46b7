package dev.annota.quality.internal;

import dev.annota.quality.Answers;
import dev.annota.quality.EmOptions;

/**
 * Dawid and Skene (1979): each worker has a full confusion matrix (probability of answering l when the truth is k),
 * the classes have prior probabilities, and EM alternates between posteriors over each item's true label (E-step)
 * and maximum-likelihood priors and confusion matrices given those posteriors (M-step). Initialised from
 * majority-vote shares, as crowd-kit does.
 * <p>
 * Layout, for speed on millions of answers: posteriors are one flat array {@code item * K + k}; the log confusion
 * matrices are one flat array indexed {@code (worker * K + answered) * K + truth}, so both steps run an inner loop
 * over contiguous k with no boxing and no allocation. Probabilities get 1e-10 added before the log (as in crowd-kit)
 * so that an answer a worker never gave before cannot veto a class outright.
 */
public final class DawidSkene {

    static final double EPS = 1e-10;

    private DawidSkene() {
    }

    public static Estimate estimate(Answers answers, EmOptions options) {
        int k = answers.labelCount();
        int items = answers.itemCount();
        int workers = answers.workerCount();
        int[] starts = answers.itemStarts();
        int[] worker = answers.workers();
        int[] label = answers.labels();
        int kk = k * k;

        double[] posteriors = Votes.shares(answers, null);
        double[] counts = new double[workers * kk];
        double[] logConfusion = new double[workers * kk];
        double[] logPrior = new double[k];
        double[] prior = new double[k];
        double[] scores = new double[k];
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = false;
        while (iteration < options.maxIterations()) {
            iteration++;
            // M-step: expected counts of (worker, answered, truth) and of each truth.
            java.util.Arrays.fill(counts, 0);
            java.util.Arrays.fill(prior, 0);
            for (int i = 0; i < items; i++) {
                int p = i * k;
                for (int t = 0; t < k; t++) {
                    prior[t] += posteriors[p + t];
                }
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    int base = (worker[a] * k + label[a]) * k;
                    for (int t = 0; t < k; t++) {
                        counts[base + t] += posteriors[p + t];
                    }
                }
            }
            for (int t = 0; t < k; t++) {
                logPrior[t] = Math.log(prior[t] / items + EPS);
            }
            for (int w = 0; w < workers; w++) {
                int base = w * kk;
                for (int t = 0; t < k; t++) {
                    double total = 0;
                    for (int l = 0; l < k; l++) {
                        total += counts[base + l * k + t];
                    }
                    for (int l = 0; l < k; l++) {
                        double probability = total > 0 ? counts[base + l * k + t] / total : 1.0 / k;
                        logConfusion[base + l * k + t] = Math.log(probability + EPS);
                    }
                }
            }
            // E-step: posteriors from priors and confusion matrices, and the log-likelihood for convergence.
            double logLikelihood = 0;
            for (int i = 0; i < items; i++) {
                System.arraycopy(logPrior, 0, scores, 0, k);
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    int base = (worker[a] * k + label[a]) * k;
                    for (int t = 0; t < k; t++) {
                        scores[t] += logConfusion[base + t];
                    }
                }
                logLikelihood += Posterior.normalise(scores, posteriors, i * k, k);
            }
            if (logLikelihood - previous <= options.tolerance() * Math.max(1, answers.size())) {
                converged = true;
                break;
            }
            previous = logLikelihood;
        }
        int[] chosen = Votes.pick(posteriors, items, k);
        return new Estimate(chosen, Votes.confidences(posteriors, chosen, k), posteriors,
                expectedAccuracy(logConfusion, logPrior, workers, k), iteration, converged);
    }

    /** Per worker the probability of a correct answer under the model: Σ_k prior(k) · P(answer k | truth k). */
    private static double[] expectedAccuracy(double[] logConfusion, double[] logPrior, int workers, int k) {
        double[] accuracy = new double[workers];
        for (int w = 0; w < workers; w++) {
            double sum = 0;
            for (int t = 0; t < k; t++) {
                sum += Math.exp(logPrior[t]) * (Math.exp(logConfusion[(w * k + t) * k + t]) - EPS);
            }
            accuracy[w] = Math.max(0, Math.min(1, sum));
        }
        return accuracy;
    }
}
