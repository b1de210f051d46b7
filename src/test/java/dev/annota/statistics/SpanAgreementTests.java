package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dev.annota.statistics.SpanAgreement.Matching;
import dev.annota.statistics.SpanAgreement.Span;
import org.junit.jupiter.api.Test;

class SpanAgreementTests {

    private static Span span(int start, int end, String label) {
        return new Span(start, end, label);
    }

    @Test
    void exactMatchNeedsTheSameBoundsAndLabelWhileOverlapNeedsTheSameLabelAndOneSharedCharacter() {
        var a = List.of(span(0, 5, "PER"), span(10, 15, "LOC"), span(20, 25, "PER"));
        var b = List.of(span(0, 5, "PER"), span(10, 15, "PER"), span(21, 25, "PER"));
        // Exact: only (0,5,PER). F1 = 2·1 / (3 + 3).
        var exact = SpanAgreement.compare(a, b, Matching.EXACT);
        assertThat(exact).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(exact.f1()).isCloseTo(1.0 / 3, within(1e-12));
        // Overlap: (0,5) and (20,25)~(21,25); the LOC/PER pair on the same characters is a class mismatch.
        var overlap = SpanAgreement.compare(a, b, Matching.OVERLAP);
        assertThat(overlap).isEqualTo(new MatchCounts(2, 3, 3));
        assertThat(overlap.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void touchingSpansShareNoCharacterAndDoNotMatch() {
        var counts = SpanAgreement.compare(List.of(span(0, 5, "X")), List.of(span(5, 10, "X")), Matching.OVERLAP);
        assertThat(counts).isEqualTo(new MatchCounts(0, 1, 1));
        assertThat(counts.f1()).isZero();
    }

    @Test
    void twoEmptyAnswersHaveNoF1AndAddNothingToTheMicroAverage() {
        var empty = SpanAgreement.compare(List.of(), List.of(), Matching.EXACT);
        assertThat(empty).isEqualTo(MatchCounts.NONE);
        assertThat(empty.f1()).isNaN();
        var oneSided = SpanAgreement.compare(List.of(span(0, 1, "X")), List.of(), Matching.EXACT);
        assertThat(oneSided.f1()).isZero();
        assertThat(oneSided.recall()).isZero();
        assertThat(oneSided.precision()).isNaN();
    }

    @Test
    void aSpanGivenTwiceMatchesOnlyOnce() {
        var counts = SpanAgreement.compare(List.of(span(0, 4, "X"), span(0, 4, "X")), List.of(span(0, 4, "X")), Matching.EXACT);
        assertThat(counts).isEqualTo(new MatchCounts(1, 2, 1));
        assertThat(counts.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void oneLongSpanOverTwoShortOnesIsOneMatch() {
        var counts = SpanAgreement.compare(List.of(span(0, 10, "X")), List.of(span(0, 4, "X"), span(5, 10, "X")), Matching.OVERLAP);
        assertThat(counts).isEqualTo(new MatchCounts(1, 1, 2));
    }

    @Test
    void theOverlapMatchingFindsTheMostPairsWhereBestOverlapFirstWouldNot() {
        // a1~b1 overlap most (IoU 9/11); taking that pair first leaves a2 with nothing. a1~b2 (3/10) and a2~b1 (3/10)
        // match both.
        var a = List.of(span(0, 10, "X"), span(8, 12, "X"));
        var b = List.of(span(2, 11, "X"), span(0, 3, "X"));
        assertThat(SpanAgreement.compare(a, b, Matching.OVERLAP)).isEqualTo(new MatchCounts(2, 2, 2));
    }

    @Test
    void theMicroAverageAddsTheCountsOfEveryItemBeforeDividing() {
        // Item 1: 1 of 1 vs 1; item 2: both empty; item 3: none of 2 vs 1. Micro F1 = 2·1 / (3 + 2) = 0.4, whereas the
        // mean of the per-item F1s (1 and 0) would be 0.5.
        var left = List.of(List.of(span(0, 3, "X")), List.<Span>of(), List.of(span(0, 3, "X"), span(4, 6, "Y")));
        var right = List.of(List.of(span(0, 3, "X")), List.<Span>of(), List.of(span(0, 3, "Y")));
        var counts = SpanAgreement.compareItems(left, right, Matching.EXACT);
        assertThat(counts).isEqualTo(new MatchCounts(1, 3, 2));
        assertThat(counts.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(counts.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(counts.recall()).isCloseTo(1.0 / 3, within(1e-12));
    }
}
