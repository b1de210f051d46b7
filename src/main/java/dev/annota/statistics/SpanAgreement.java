package dev.annota.statistics;

import java.util.ArrayList;
import java.util.List;

import dev.annota.statistics.internal.SparseMatching;

/**
 * Span-level agreement of two annotators: their spans are matched one to one and counted as {@link MatchCounts}
 * (precision, recall, F1; micro-averaged by adding the counts over items).
 * <ul>
 *   <li>{@link Matching#EXACT}: a pair matches when start, end and label are all equal (the CoNLL rule). A span given
 *   twice by one side matches at most once.</li>
 *   <li>{@link Matching#OVERLAP}: a pair matches when the labels are equal and the spans share at least one
 *   character (the lenient, "partial" rule). Spans are still matched one to one, and the matching is a maximum one
 *   (most pairs, then the largest total overlap as IoU), found exactly by the Hungarian method — so one long span
 *   covering two short ones counts one match, not two.</li>
 * </ul>
 * Offsets are code points, start inclusive, end exclusive (as in the label schema).
 */
public final class SpanAgreement {

    public enum Matching { EXACT, OVERLAP }

    public record Span(int start, int end, String label) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("0 <= start < end");
            }
        }

        int overlap(Span other) {
            return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        }

        double iou(Span other) {
            int shared = overlap(other);
            return (double) shared / (end - start + other.end - other.start - shared);
        }
    }

    private SpanAgreement() {
    }

    /** The matching counts of one item's spans. */
    public static MatchCounts compare(List<Span> left, List<Span> right, Matching matching) {
        var edges = new ArrayList<SparseMatching.Edge>();
        int bound = Math.min(left.size(), right.size()) + 1;
        for (int i = 0; i < left.size(); i++) {
            Span a = left.get(i);
            for (int j = 0; j < right.size(); j++) {
                Span b = right.get(j);
                if (!a.label().equals(b.label())) {
                    continue;
                }
                if (matching == Matching.EXACT ? a.equals(b) : a.overlap(b) > 0) {
                    // 1 per pair, plus a tie-break below 1 in total: most pairs first, then the best overlaps.
                    edges.add(new SparseMatching.Edge(i, j, 1 + a.iou(b) / bound));
                }
            }
        }
        return MatchCounts.ofMatching(SparseMatching.maximumWeight(left.size(), right.size(), edges), left.size(), right.size());
    }

    /** Micro average over items: the counts of every item added ({@code left.get(u)} against {@code right.get(u)}). */
    public static MatchCounts compareItems(List<List<Span>> left, List<List<Span>> right, Matching matching) {
        return MatchCounts.overItems(left, right, (l, r) -> compare(l, r, matching));
    }
}
