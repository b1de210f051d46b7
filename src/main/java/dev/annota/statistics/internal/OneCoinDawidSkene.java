package dev.annota.statistics.internal;

import dev.annota.statistics.Answers;
import dev.annota.statistics.EmOptions;

/**
 * One-coin Dawid–Skene (Zhang, Chen, Zhou and Jordan 2014): each worker has one skill s — the probability of answering
 * the true label — and spreads wrong answers evenly over the other K − 1 labels. Fewer parameters than the full
 * confusion matrix, so it behaves better for workers with few answers. EM initialised from majority-vote shares; the
 * skill is the worker's expected share of answers equal to the true label (as crowd-kit's {@code OneCoinDawidSkene}).
 * <p>
 * The class prior is uniform and not learned, as in Zhang et al.'s EM and in ZenCrowd (Zheng et al. 2017's code);
 * crowd-kit learns it. A learned prior is the only way this model can explain workers who lean towards one answer, and
 * EM follows that explanation to the end: on duck (2,615 "0" against 1,597 "1") the prior goes to 0.97 for "0", each
 * skill becomes about the worker's share of "0" answers, 105 of 108 items become "0", and accuracy falls to 0.58 — from
 * the majority-vote start and from the true labels alike, so it is the likelihood's maximum, not a bad start. Without
 * the prior the skills cannot absorb the lean that way (duck 0.72, sentiment 0.9510 instead of 0.9490, dog and RTE
 * unchanged, the synthetic benchmark set 0.8776 instead of 0.8829 — its classes are unbalanced). Use {@code ds} for
 * workers with a lean.
 */
public final class OneCoinDawidSkene {

    private OneCoinDawidSkene() {
    }

    public static Estimate estimate(Answers answers, EmOptions options) {
        var model = new Model(answers);
        return model.estimate(options, model.skill);
    }

    private static final class Model extends PerAnswerEm {

        final double[] skill = new double[workers];
        final double[] logRight = new double[workers];
        final double[] logWrong = new double[workers];

        Model(Answers answers) {
            super(answers);
        }

        /** Skill = expected share of the worker's answers that equal the true label. */
        @Override
        void maximise() {
            java.util.Arrays.fill(skill, 0);
            for (int i = 0; i < items; i++) {
                int p = i * k;
                for (int a = starts[i]; a < starts[i + 1]; a++) {
                    skill[worker[a]] += posteriors[p + label[a]];
                }
            }
            for (int w = 0; w < workers; w++) {
                skill[w] = given[w] == 0 ? 1.0 / k : skill[w] / given[w];
                logRight[w] = Math.log(skill[w] + DawidSkene.EPS);
                logWrong[w] = Math.log((1 - skill[w]) / (k - 1) + DawidSkene.EPS);
            }
        }

        @Override
        double logWrong(int a) {
            return logWrong[worker[a]];
        }

        @Override
        double logBonus(int a) {
            return logRight[worker[a]] - logWrong[worker[a]];
        }

        /** Uniform class prior. */
        @Override
        double logPrior() {
            return -Math.log(k);
        }
    }
}
