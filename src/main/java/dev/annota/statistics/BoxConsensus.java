package dev.annota.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.annota.statistics.BoxAgreement.Box;
import dev.annota.statistics.internal.SparseMatching;

/**
 * One answer from several annotators' boxes on an item, by IoU clustering.
 * <ol>
 *   <li>Annotators are taken one after another in the order of their ids (so the result does not depend on the order
 *   answers arrived). Each annotator's boxes are matched one to one to the clusters built so far — same class, IoU
 *   with the cluster's mean box at least the threshold, a cluster holding at most one box per annotator — by the
 *   same maximum matching as {@link BoxAgreement}. A box left unmatched starts a cluster.</li>
 *   <li>A cluster is kept when it holds boxes of a strict majority of the annotators who answered the item (those
 *   who drew nothing count: with 4 annotators a box needs 3; with 2, both). Its box is the mean of its members'
 *   edges (left, top, right, bottom); its confidence the share of the item's annotators behind it.</li>
 * </ol>
 */
public final class BoxConsensus {

    /** A consensus box, {@code support} annotators behind it, {@code confidence} = support / annotators. */
    public record Agreed(Box box, int support, double confidence) {
    }

    /** The kept boxes (most supported first) and the number of annotators they were judged against. */
    public record Result(List<Agreed> boxes, int annotators) {
    }

    public static final String METHOD = "iou-cluster";

    private BoxConsensus() {
    }

    private static final class Cluster {
        final String label;
        final List<Box> members = new ArrayList<>();
        final java.util.Set<String> annotators = new java.util.HashSet<>();
        Box mean;

        Cluster(String label) {
            this.label = label;
        }

        void add(String annotator, Box box) {
            members.add(box);
            annotators.add(annotator);
            double left = 0, top = 0, right = 0, bottom = 0;
            for (Box b : members) {
                left += b.x();
                top += b.y();
                right += b.x() + b.width();
                bottom += b.y() + b.height();
            }
            int n = members.size();
            mean = new Box(label, left / n, top / n, (right - left) / n, (bottom - top) / n);
        }
    }

    /** @param boxesByAnnotator every annotator who answered the item, with their boxes (possibly none) */
    public static Result of(Map<String, List<Box>> boxesByAnnotator, double threshold) {
        if (!(threshold > 0) || threshold > 1) {
            throw new IllegalArgumentException("the IoU threshold must be in (0, 1]");
        }
        var clusters = new ArrayList<Cluster>();
        for (var entry : new TreeMap<>(boxesByAnnotator).entrySet()) {
            String annotator = entry.getKey();
            List<Box> boxes = entry.getValue();
            List<Cluster> open = clusters.stream().filter(c -> !c.annotators.contains(annotator)).toList();
            var edges = new ArrayList<SparseMatching.Edge>();
            int bound = Math.min(boxes.size(), open.size()) + 1;
            for (int i = 0; i < boxes.size(); i++) {
                for (int c = 0; c < open.size(); c++) {
                    Cluster cluster = open.get(c);
                    if (cluster.label.equals(boxes.get(i).label())) {
                        double iou = boxes.get(i).iou(cluster.mean);
                        if (iou >= threshold) {
                            edges.add(new SparseMatching.Edge(i, c, 1 + iou / bound));
                        }
                    }
                }
            }
            int[] match = SparseMatching.maximumWeight(boxes.size(), open.size(), edges);
            // Joins first, then new clusters, so a box cannot join a cluster its own annotator just started.
            var fresh = new ArrayList<Cluster>();
            for (int i = 0; i < boxes.size(); i++) {
                if (match[i] >= 0) {
                    open.get(match[i]).add(annotator, boxes.get(i));
                } else {
                    Cluster cluster = new Cluster(boxes.get(i).label());
                    cluster.add(annotator, boxes.get(i));
                    fresh.add(cluster);
                }
            }
            clusters.addAll(fresh);
        }
        int annotators = boxesByAnnotator.size();
        var kept = new ArrayList<Agreed>();
        for (Cluster c : clusters) {
            int support = c.annotators.size();
            if (2 * support > annotators) {
                kept.add(new Agreed(c.mean, support, (double) support / annotators));
            }
        }
        kept.sort(Comparator.comparingInt(Agreed::support).reversed()
                .thenComparing(a -> a.box().label())
                .thenComparingDouble(a -> a.box().y())
                .thenComparingDouble(a -> a.box().x()));
        return new Result(List.copyOf(kept), annotators);
    }

    /**
     * The answer's confidence as one number: the mean confidence of the kept boxes; when none is kept, the share of
     * annotators who drew nothing (all drawing nothing is full agreement on an empty image). NaN without annotators.
     */
    public static double confidence(Result result, Map<String, List<Box>> boxesByAnnotator) {
        if (result.annotators() == 0) {
            return Double.NaN;
        }
        if (!result.boxes().isEmpty()) {
            return result.boxes().stream().mapToDouble(Agreed::confidence).average().orElseThrow();
        }
        long empty = boxesByAnnotator.values().stream().filter(List::isEmpty).count();
        return (double) empty / result.annotators();
    }

}
