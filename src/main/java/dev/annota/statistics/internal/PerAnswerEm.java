package dev.annota.statistics.internal;

import java.util.Arrays;

import dev.annota.statistics.Answers;
import dev.annota.statistics.EmOptions;

/**
 * EM for the models in which an answer's likelihood takes one value when it names the truth and another for every
 * truth it does not name (MACE, one-coin Dawid–Skene): the E-step scores each label of an item as the prior, plus the
 * "wrong" log-probability of every answer, plus the log-bonus of the answers naming that label. A model supplies the
 * M-step and the two terms; the loop, the convergence test and the estimate are the same for both. One start, from
 * majority-vote shares.
 */
abstract class PerAnswerEm {

    final Answers answers;
    final int k;
    final int items;
    final int workers;
    final int[] starts;
    final int[] worker;
    final int[] label;
    final double[] posteriors;
    /** How many answers each worker gave. */
    final double[] given;

    PerAnswerEm(Answers answers) {
        this.answers = answers;
        k = answers.labelCount();
        items = answers.itemCount();
        workers = answers.workerCount();
        starts = answers.itemStarts();
        worker = answers.workers();
        label = answers.labels();
        posteriors = Votes.shares(answers, null);
        given = new double[workers];
        for (int w : worker) {
            given[w]++;
        }
    }

    /** The M-step: the model's parameters, and the two terms of every answer, from the current posteriors. */
    abstract void maximise();

    /** The log-probability of answer {@code a} under a truth it does not name. */
    abstract double logWrong(int a);

    /** How much likelier (in logs) answer {@code a} is under the truth it names than under one it does not. */
    abstract double logBonus(int a);

    /** The log-prior of every label (the same for each); a constant, kept so the log-likelihood is the model's. */
    double logPrior() {
        return 0;
    }

    /** Runs EM; {@code skills} (the model's per-worker figure) are all 1 when there is only one label. */
    Estimate estimate(EmOptions options, double[] skills) {
        double[] scores = new double[k];
        double prior = logPrior();
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        boolean converged = k < 2;
        while (!converged && iteration < options.maxIterations()) {
            iteration++;
            maximise();
            double logLikelihood = 0;
            for (int i = 0; i < items; i++) {
                Arrays.fill(scores, prior);
                double wrong = 0;
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    wrong += logWrong(a);
                    scores[label[a]] += logBonus(a);
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
            Arrays.fill(skills, 1);
        }
        int[] chosen = Votes.pick(posteriors, items, k);
        return new Estimate(chosen, Votes.confidences(posteriors, chosen, k), posteriors, skills, iteration, converged);
    }
}
