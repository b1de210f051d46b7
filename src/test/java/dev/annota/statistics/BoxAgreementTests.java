package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dev.annota.statistics.BoxAgreement.Box;
import org.junit.jupiter.api.Test;

class BoxAgreementTests {

    private static Box box(String label, double x, double y, double w, double h) {
        return new Box(label, x, y, w, h);
    }

    @Test
    void iouIsTheSharedAreaOverTheAreaOfTheUnion() {
        assertThat(box("c", 0, 0, 10, 10).iou(box("c", 5, 0, 10, 10))).isCloseTo(50.0 / 150, within(1e-12));
        assertThat(box("c", 0, 0, 10, 10).iou(box("c", 0, 0, 10, 5))).isCloseTo(0.5, within(1e-12));
        assertThat(box("c", 0, 0, 10, 10).iou(box("c", 10, 0, 10, 10))).isZero();
    }

    @Test
    void boxesMatchAtAnIouOfHalfOrMoreAndOnlyWithinOneClass() {
        var left = List.of(box("car", 0, 0, 10, 10), box("car", 50, 50, 10, 10), box("person", 100, 100, 10, 10));
        var right = List.of(box("car", 0, 0, 10, 5), box("car", 55, 50, 10, 10), box("cyclist", 100, 100, 10, 10));
        // (0,0): IoU exactly 0.5, matched; (50,50)~(55,50): 1/3, not; person vs cyclist on the same pixels: not.
        var counts = BoxAgreement.compare(left, right, BoxAgreement.DEFAULT_THRESHOLD);
        assertThat(counts).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(counts.f1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(BoxAgreement.compare(left, right, 0.3).matched()).isEqualTo(2);
    }

    @Test
    void theOptimalMatchingPairsMoreBoxesThanGreedyBestIouFirst() {
        // a1~b1 IoU 9/11 is the best pair; greedy takes it and a2~b2 (1/3) stays unmatched. Optimal: a1~b2 and a2~b1,
        // both 2/3.
        var a = List.of(box("car", 10, 0, 10, 10), box("car", 13, 0, 10, 10));
        var b = List.of(box("car", 11, 0, 10, 10), box("car", 8, 0, 10, 10));
        assertThat(a.get(0).iou(b.get(0))).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(a.get(1).iou(b.get(1))).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(BoxAgreement.match(a, b, 0.5)).containsExactly(1, 0);
        assertThat(BoxAgreement.compare(a, b, 0.5)).isEqualTo(new MatchCounts(2, 2, 2));
    }

    @Test
    void duplicatesMatchOnceAndEmptyAnswersOnBothSidesHaveNoF1() {
        var once = BoxAgreement.compare(List.of(box("c", 0, 0, 4, 4), box("c", 0, 0, 4, 4)), List.of(box("c", 0, 0, 4, 4)), 0.5);
        assertThat(once).isEqualTo(new MatchCounts(1, 2, 1));
        assertThat(BoxAgreement.compare(List.of(), List.of(), 0.5).f1()).isNaN();
        var items = BoxAgreement.compareItems(List.of(List.of(), List.of(box("c", 0, 0, 4, 4))),
                List.of(List.of(), List.of(box("c", 20, 20, 4, 4))), 0.5);
        assertThat(items).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(items.f1()).isZero();
    }

    @Test
    void aPolygonCountsAsItsBoundingBox() {
        Box triangle = Box.around("c", List.of(new double[] {2, 1}, new double[] {12, 1}, new double[] {2, 21}));
        assertThat(triangle).isEqualTo(box("c", 2, 1, 10, 20));
        assertThat(BoxAgreement.compare(List.of(triangle), List.of(box("c", 2, 1, 10, 20)), 0.5).matched()).isEqualTo(1);
    }
}
