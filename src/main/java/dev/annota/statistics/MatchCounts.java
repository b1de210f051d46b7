package dev.annota.statistics;

import java.util.List;
import java.util.function.BiFunction;

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

    /**
     * The counts of a one-to-one matching of {@code left} objects to {@code right} ones: {@code partner[i]} is the
     * right object matched to left object i, or negative for none.
     */
    static MatchCounts ofMatching(int[] partner, int left, int right) {
        int matched = 0;
        for (int m : partner) {
            if (m >= 0) {
                matched++;
            }
        }
        return new MatchCounts(matched, left, right);
    }

    /** Micro average over items: the counts of {@code compare(left.get(u), right.get(u))} for every item u, added. */
    static <T> MatchCounts overItems(List<T> left, List<T> right, BiFunction<T, T, MatchCounts> compare) {
        if (left.size() != right.size()) {
            throw new IllegalArgumentException("both sides need the same items");
        }
        MatchCounts sum = NONE;
        for (int u = 0; u < left.size(); u++) {
            sum = sum.plus(compare.apply(left.get(u), right.get(u)));
        }
        return sum;
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
