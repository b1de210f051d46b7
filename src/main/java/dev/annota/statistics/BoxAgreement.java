package dev.annota.statistics;

import java.util.ArrayList;
import java.util.List;

import dev.annota.statistics.internal.SparseMatching;

/**
 * Box-level agreement of two annotators, as detection benchmarks count it: boxes of the same class are matched one
 * to one when their IoU (intersection over union) is at least the threshold (0.5 by default, PASCAL VOC's), and the
 * matches are counted as {@link MatchCounts} (precision, recall, F1; micro average by adding counts over items).
 * <p>
 * The matching is a maximum one — the most pairs, then among those the largest total IoU — found exactly by the
 * Hungarian method on the candidate pairs. Greedy matching (best IoU first, as COCO's evaluator does per detection)
 * can match fewer pairs: see {@code BoxAgreementTests}. Polygons are compared by their bounding box
 * ({@link Box#around}): cheap, and what COCO's {@code bbox} evaluation does; a thin diagonal polygon therefore counts
 * as the rectangle around it.
 */
public final class BoxAgreement {

    public static final double DEFAULT_THRESHOLD = 0.5;

    /** An axis-aligned box in image pixels: {@code x, y} the top-left corner. */
    public record Box(String label, double x, double y, double width, double height) {
        public Box {
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("width and height must be > 0");
            }
        }

        /** The bounding box of a polygon's points ({@code [x, y]} pairs). */
        public static Box around(String label, List<double[]> points) {
            double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            return new Box(label, minX, minY, maxX - minX, maxY - minY);
        }

        public double iou(Box other) {
            double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
            if (w <= 0 || h <= 0) {
                return 0;
            }
            double shared = w * h;
            return shared / (width * height + other.width * other.height - shared);
        }
    }

    private BoxAgreement() {
    }

    /** For every left box the index of its matched right box, or −1. */
    public static int[] match(List<Box> left, List<Box> right, double threshold) {
        if (!(threshold > 0) || threshold > 1) {
            throw new IllegalArgumentException("the IoU threshold must be in (0, 1]");
        }
        var edges = new ArrayList<SparseMatching.Edge>();
        int bound = Math.min(left.size(), right.size()) + 1;
        for (int i = 0; i < left.size(); i++) {
            Box a = left.get(i);
            for (int j = 0; j < right.size(); j++) {
                Box b = right.get(j);
                if (a.label().equals(b.label())) {
                    double iou = a.iou(b);
                    if (iou >= threshold) {
                        edges.add(new SparseMatching.Edge(i, j, 1 + iou / bound));
                    }
                }
            }
        }
        return SparseMatching.maximumWeight(left.size(), right.size(), edges);
    }

    public static MatchCounts compare(List<Box> left, List<Box> right, double threshold) {
        return MatchCounts.ofMatching(match(left, right, threshold), left.size(), right.size());
    }

    /** Micro average over items at the threshold. */
    public static MatchCounts compareItems(List<List<Box>> left, List<List<Box>> right, double threshold) {
        return MatchCounts.overItems(left, right, (l, r) -> compare(l, r, threshold));
    }
}
