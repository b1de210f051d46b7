package dev.annota.statistics;

/**
 * Counts of a one-to-one matching between two annotators' answers (spans, boxes), from which precision, recall and
 * F1 follow. {@code left} and {@code right} are how many objects each side gave, {@code matched} how many pairs were
 * matched. Taking the left side as the reference, precision = matched / right and recall = matched / left;
 * F1 = 2·matched / (left + right) does not depend on which side is the reference. Adding counts over items (and over
 * pairs of annotators) and taking F1 of the sums is the micro average. With nothing on either side the ratios are
 * undefined ({@code NaN}): two annotators who both left an item empty agree, but there is nothing to measure; such
 * items add nothing to a micro average.
 */
public record MatchCounts(long matched, long left, long right) {

    public static final MatchCounts NONE = new MatchCounts(0, 0, 0);

    public MatchCounts {
        if (matched < 0 || matched > left || matched > right) {
            throw new IllegalArgumentException("0 <= matched <= min(left, right)");
        }
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(matched + other.matched, left + other.left, right + other.right);
    }

    public double precision() {
        return right == 0 ? Double.NaN : (double) matched / right;
    }

    public double recall() {
        return left == 0 ? Double.NaN : (double) matched / left;
    }

    public double f1() {
        return left + right == 0 ? Double.NaN : 2.0 * matched / (left + right);
    }
}
