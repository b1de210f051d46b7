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
        var model = new Model(answers);
        return model.estimate(options, model.theta);
    }

    private static final class Model extends PerAnswerEm {

        final double[] theta = new double[workers];
        final double[] spamming = new double[workers * k];
        final double[] competent = new double[workers];
        final double[] spamCounts = new double[workers * k];
        final double[] logSpam = new double[workers * k];
        final double[] logBonus = new double[workers * k];

        Model(Answers answers) {
            super(answers);
            java.util.Arrays.fill(theta, 0.5);
            java.util.Arrays.fill(spamming, 1.0 / k);
        }

        /** Expected competent answers per worker and expected spam answers per (worker, label). */
        @Override
        void maximise() {
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
        }

        // P(answer l | truth t) = θ·[l = t] + (1 − θ)·ξ(l).
        @Override
        double logWrong(int a) {
            return logSpam[worker[a] * k + label[a]];
        }

        @Override
        double logBonus(int a) {
            return logBonus[worker[a] * k + label[a]];
        }
    }
}
