package dev.annota.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * How often a choice fell on one kind of option (the response shown first, the longer one, one model's), against how
 * often it would by chance. {@code expected}: the mean chance over the trials (1/2 for the first of two responses, 1/3
 * of three); {@code low}..{@code high}: the rate's 95 % Wilson interval; {@code pValue}: two-sided, of the null that
 * every trial hit with its own chance — an exact binomial test when every trial had the same chance, else the normal
 * approximation of the Poisson binomial. Nulls where there were no trials.
 */
public record ChoiceRate(long trials, long hits, Double expected, Double rate, Double low, Double high, Double pValue) {

    private static final double Z95 = 1.959963984540054;

    /** Counts trials one by one: each with its chance under the null, and whether it hit. */
    public static final class Tally {
        private long trials;
        private long hits;
        private double chances;
        private double variance;
        private double firstChance = Double.NaN;
        private boolean sameChance = true;

        public Tally add(double chance, boolean hit) {
            if (trials == 0) {
                firstChance = chance;
            } else if (Math.abs(chance - firstChance) > 1e-12) {
                sameChance = false;
            }
            trials++;
            hits += hit ? 1 : 0;
            chances += chance;
            variance += chance * (1 - chance);
            return this;
        }

        public long trials() {
            return trials;
        }

        public long hits() {
            return hits;
        }

        public ChoiceRate rate() {
            if (trials == 0) {
                return new ChoiceRate(0, 0, null, null, null, null, null);
            }
            double rate = (double) hits / trials;
            double p;
            if (sameChance && trials <= Integer.MAX_VALUE) {
                p = BinomialTest.withDefaults().test((int) trials, (int) hits, firstChance).getPValue();
            } else {
                double z = (hits - chances) / Math.sqrt(Math.max(variance, 1e-12));
                p = Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z)));
            }
            double[] interval = wilson(hits, trials);
            return new ChoiceRate(trials, hits, chances / trials, rate, interval[0], interval[1], p);
        }
    }

    /** The 95 % Wilson score interval of {@code hits} in {@code trials}. */
    public static double[] wilson(long hits, long trials) {
        double n = trials;
        double phat = hits / n;
        double z2 = Z95 * Z95;
        double centre = (phat + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(phat * (1 - phat) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Two-sided exact binomial p of {@code hits} in {@code trials} when each hits with probability {@code chance}. */
    public static double against(long hits, long trials, double chance) {
        if (trials == 0 || trials > Integer.MAX_VALUE) {
            return 1;
        }
        return BinomialTest.withDefaults().test((int) trials, (int) hits, Math.min(1, Math.max(0, chance))).getPValue();
    }

    /**
     * Two-sided Fisher exact test that one group's hit rate equals another's (an annotator's against the rest of the
     * project): whether they choose the longer response more or less often than their colleagues do on the same kind
     * of items. 1 when either group has no trials.
     */
    public static double differs(long hitsA, long trialsA, long hitsB, long trialsB) {
        if (trialsA == 0 || trialsB == 0 || trialsA > Integer.MAX_VALUE || trialsB > Integer.MAX_VALUE) {
            return 1;
        }
        int[][] table = {{(int) hitsA, (int) (trialsA - hitsA)}, {(int) hitsB, (int) (trialsB - hitsB)}};
        return FisherExactTest.withDefaults().test(table).getPValue();
    }
}
