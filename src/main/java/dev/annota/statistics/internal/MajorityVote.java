package dev.annota.statistics.internal;

import dev.annota.statistics.Answers;

/**
 * Majority vote: the label most answers gave; confidence = its share of the item's answers. Ties: see {@link Votes}.
 * Worker skill = the share of a worker's answers that agree with the majority.
 */
public final class MajorityVote {

    private MajorityVote() {
    }

    public static Estimate estimate(Answers answers) {
        return weighted(answers, null);
    }

    /** Weighted majority vote: each worker's answer counts with the worker's weight. */
    static Estimate weighted(Answers answers, double[] workerWeights) {
        int k = answers.labelCount();
        double[] shares = Votes.shares(answers, workerWeights);
        int[] chosen = Votes.pick(shares, answers.itemCount(), k);
        return new Estimate(chosen, Votes.confidences(shares, chosen, k), shares,
                Votes.agreementWith(answers, chosen), 0, true);
    }
}
