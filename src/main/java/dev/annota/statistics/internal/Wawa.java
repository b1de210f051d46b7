package dev.annota.statistics.internal;

import dev.annota.statistics.Answers;

/**
 * Wawa ("worker agreement with aggregate"): majority vote, then each worker is weighted by the share of their answers
 * that agree with it, and a weighted majority vote decides. A single re-weighting, as in crowd-kit's Wawa.
 */
public final class Wawa {

    private Wawa() {
    }

    public static Estimate estimate(Answers answers) {
        Estimate majority = MajorityVote.estimate(answers);
        Estimate weighted = MajorityVote.weighted(answers, majority.workerSkills());
        return new Estimate(weighted.labels(), weighted.confidences(), weighted.posteriors(),
                majority.workerSkills(), 1, true);
    }
}
