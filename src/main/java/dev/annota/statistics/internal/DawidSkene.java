package dev.annota.statistics.internal;

import java.util.Arrays;

import dev.annota.statistics.Answers;
import dev.annota.statistics.EmOptions;

/**
 * Dawid and Skene (1979): each worker has a full confusion matrix (probability of answering l when the truth is k),
 * the classes have prior probabilities, and EM alternates between posteriors over each item's true label (E-step)
 * and maximum-likelihood priors and confusion matrices given those posteriors (M-step). Initialised from
 * majority-vote shares, as crowd-kit does.
 * <p>
 * Layout, for speed on millions of answers: posteriors are one flat array {@code item * K + k}; the log confusion
 * matrices are one flat array indexed {@code (worker * K + answered) * K + truth}, so the inner loops run over
 * contiguous k with no boxing and no allocation. Each iteration is one pass over the answers: per item, the E-step
 * computes the posterior and the same loop adds it to the expected counts of the next M-step. Items are split into
 * ranges (see {@link Chunks}) that run in parallel with their own count buffers. Probabilities get 1e-10 added
 * before the log (as in crowd-kit) so that an answer a worker never gave before cannot veto a class outright.
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
        int[] bounds = Chunks.split(starts);
        int chunks = bounds.length - 1;

        double[] posteriors = Votes.shares(answers, null);
        double[][] counts = new double[chunks][workers * kk];
        double[][] priors = new double[chunks][k];
        double[] logLikelihoods = new double[chunks];
        double[] logConfusion = new double[workers * kk];
        double[] logPrior = new double[k];
        // Expected counts of the initial posteriors (the first M-step's input).
        Chunks.run(bounds, (c, from, to) -> accumulate(from, to, k, starts, worker, label, posteriors, counts[c],
                priors[c]));
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = false;
        while (iteration < options.maxIterations()) {
            iteration++;
            mStep(counts, priors, items, workers, k, logConfusion, logPrior);
            Chunks.run(bounds, (c, from, to) -> {
                Arrays.fill(counts[c], 0);
                Arrays.fill(priors[c], 0);
                logLikelihoods[c] = pass(from, to, k, starts, worker, label, logPrior, logConfusion, posteriors,
                        counts[c], priors[c]);
            });
            double logLikelihood = 0;
            for (double l : logLikelihoods) {
                logLikelihood += l;
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

    private static void accumulate(int from, int to, int k, int[] starts, int[] worker, int[] label,
            double[] posteriors, double[] counts, double[] prior) {
        for (int i = from; i < to; i++) {
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
    }

    /** E-step for items [from, to), fused with the accumulation of the next M-step; returns the log-likelihood. */
    private static double pass(int from, int to, int k, int[] starts, int[] worker, int[] label, double[] logPrior,
            double[] logConfusion, double[] posteriors, double[] counts, double[] prior) {
        double[] scores = new double[k];
        double logLikelihood = 0;
        for (int i = from; i < to; i++) {
            int p = i * k;
            System.arraycopy(logPrior, 0, scores, 0, k);
            int first = starts[i];
            int end = starts[i + 1];
            for (int a = first; a < end; a++) {
                int base = (worker[a] * k + label[a]) * k;
                for (int t = 0; t < k; t++) {
                    scores[t] += logConfusion[base + t];
                }
            }
            logLikelihood += Posterior.normalise(scores, posteriors, p, k);
            for (int t = 0; t < k; t++) {
                prior[t] += posteriors[p + t];
            }
            for (int a = first; a < end; a++) {
                int base = (worker[a] * k + label[a]) * k;
                for (int t = 0; t < k; t++) {
                    counts[base + t] += posteriors[p + t];
                }
            }
        }
        return logLikelihood;
    }

    /** Maximum-likelihood priors and confusion matrices from the expected counts, merged in range order. */
    private static void mStep(double[][] counts, double[][] priors, int items, int workers, int k,
            double[] logConfusion, double[] logPrior) {
        int kk = k * k;
        double[] merged = counts[0];
        for (int c = 1; c < counts.length; c++) {
            for (int j = 0; j < merged.length; j++) {
                merged[j] += counts[c][j];
            }
            for (int t = 0; t < k; t++) {
                priors[0][t] += priors[c][t];
            }
        }
        for (int t = 0; t < k; t++) {
            logPrior[t] = Math.log(priors[0][t] / items + EPS);
        }
        for (int w = 0; w < workers; w++) {
            int base = w * kk;
            for (int t = 0; t < k; t++) {
                double total = 0;
                for (int l = 0; l < k; l++) {
                    total += merged[base + l * k + t];
                }
                for (int l = 0; l < k; l++) {
                    double probability = total > 0 ? merged[base + l * k + t] / total : 1.0 / k;
                    logConfusion[base + l * k + t] = Math.log(probability + EPS);
                }
            }
        }
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
