package dev.annota.quality.internal;

import dev.annota.quality.Answers;
import dev.annota.quality.EmOptions;

/**
 * One-coin Dawid–Skene (Zhang, Chen, Zhou and Jordan 2014): each worker has one skill s — the probability of answering
 * the true label — and spreads wrong answers evenly over the other K − 1 labels. Fewer parameters than the full
 * confusion matrix, so it behaves better for workers with few answers. EM with class priors, initialised from
 * majority-vote shares.
 */
public final class OneCoinDawidSkene {

    private OneCoinDawidSkene() {
    }

    public static Estimate estimate(Answers answers, EmOptions options) {
        int k = answers.labelCount();
        int items = answers.itemCount();
        int workers = answers.workerCount();
        int[] starts = answers.itemStarts();
        int[] worker = answers.workers();
        int[] label = answers.labels();

        double[] posteriors = Votes.shares(answers, null);
        double[] skill = new double[workers];
        double[] given = new double[workers];
        double[] logRight = new double[workers];
        double[] logWrong = new double[workers];
        double[] prior = new double[k];
        double[] logPrior = new double[k];
        double[] scores = new double[k];
        for (int w : worker) {
            given[w]++;
        }
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = k < 2;
        while (!converged && iteration < options.maxIterations()) {
            iteration++;
            // M-step: skill = expected share of correct answers; priors = mean posterior.
            java.util.Arrays.fill(skill, 0);
            java.util.Arrays.fill(prior, 0);
            for (int i = 0; i < items; i++) {
                int p = i * k;
                for (int t = 0; t < k; t++) {
                    prior[t] += posteriors[p + t];
                }
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    skill[worker[a]] += posteriors[p + label[a]];
                }
            }
            for (int t = 0; t < k; t++) {
                logPrior[t] = Math.log(prior[t] / items + DawidSkene.EPS);
            }
            for (int w = 0; w < workers; w++) {
                skill[w] = given[w] == 0 ? 1.0 / k : skill[w] / given[w];
                logRight[w] = Math.log(skill[w] + DawidSkene.EPS);
                logWrong[w] = Math.log((1 - skill[w]) / (k - 1) + DawidSkene.EPS);
            }
            // E-step.
            double logLikelihood = 0;
            for (int i = 0; i < items; i++) {
                System.arraycopy(logPrior, 0, scores, 0, k);
                double wrong = 0;
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    int w = worker[a];
                    wrong += logWrong[w];
                    scores[label[a]] += logRight[w] - logWrong[w];
                }
                for (int t = 0; t < k; t++) {
                    scores[t] += wrong;
                }
                logLikelihood += Posterior.normalise(scores, posteriors, i * k, k);
            }
            if (logLikelihood - previous <= options.tolerance() * Math.max(1, answers.size())) {
                converged = true;
            }
            previous = logLikelihood;
        }
        if (k < 2) {
            java.util.Arrays.fill(skill, 1);
        }
        int[] chosen = Votes.pick(posteriors, items, k);
        return new Estimate(chosen, Votes.confidences(posteriors, chosen, k), posteriors, skill, iteration, converged);
    }
}
