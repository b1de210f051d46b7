package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;

import dev.annota.review.ReviewSettings;
import dev.annota.review.ReviewSettings.Stages;
import dev.annota.review.ReviewStage;
import org.junit.jupiter.api.Test;

class SamplingTests {

    private static ReviewSettings settings(Stages stages, int share, int qaShare, int first, boolean missedGold) {
        return new ReviewSettings(stages, share, qaShare, first, false, missedGold, 3);
    }

    /** Distinct, time-ordered ids like UUIDv7 ones: a millisecond apart each. */
    private static UUID id(int n) {
        return new UUID((0x0190_0000_0000L + n) << 16 | 0x7000L, 0x8000_0000_0000_0000L | n);
    }

    @Test
    void theSameAnnotationIsAlwaysDecidedTheSame() {
        var s = settings(Stages.REVIEW, 37, 10, 0, false);
        for (int n = 0; n < 200; n++) {
            assertThat(Sampling.review(s, id(n), 5, false, false)).isEqualTo(Sampling.review(s, id(n), 5, false, false));
        }
    }

    @Test
    void aShareOfAHundredReviewsEverythingAndTheShareIsRoughlyKept() {
        assertThat(IntStream.range(0, 500).allMatch(n -> Sampling.inShare(id(n), ReviewStage.REVIEW, 100))).isTrue();
        long sampled = IntStream.range(0, 5000).filter(n -> Sampling.inShare(id(n), ReviewStage.REVIEW, 20)).count();
        assertThat(sampled).isBetween(850L, 1150L);
    }

    @Test
    void theStagesSampleIndependently() {
        long both = IntStream.range(0, 5000)
                .filter(n -> Sampling.inShare(id(n), ReviewStage.REVIEW, 50) && Sampling.inShare(id(n), ReviewStage.QA, 50)).count();
        assertThat(both).isBetween(1100L, 1400L);
    }

    @Test
    void anAnnotatorsFirstAnswersAreAlwaysReviewedAndLaterOnesBySharedHash() {
        var s = settings(Stages.REVIEW, 1, 10, 3, false);
        UUID outside = IntStream.range(0, 100).mapToObj(SamplingTests::id)
                .filter(i -> !Sampling.inShare(i, ReviewStage.REVIEW, 1)).findFirst().orElseThrow();
        assertThat(Sampling.review(s, outside, 0, false, false)).contains(Sampling.Reason.FIRST_ANSWERS);
        assertThat(Sampling.review(s, outside, 2, false, false)).contains(Sampling.Reason.FIRST_ANSWERS);
        assertThat(Sampling.review(s, outside, 3, false, false)).isEmpty();
    }

    @Test
    void noStagesReviewNothing() {
        var s = settings(Stages.NONE, 100, 100, 10, true);
        assertThat(Sampling.review(s, id(1), 0, true, true)).isEmpty();
        assertThat(Sampling.qa(s, id(1))).isFalse();
    }

    @Test
    void aGoldAnswerIsReviewedOnlyWhenItMissedAndMissedGoldIsATarget() {
        assertThat(Sampling.review(settings(Stages.REVIEW, 100, 10, 10, true), id(1), 0, true, true))
                .contains(Sampling.Reason.MISSED_GOLD);
        assertThat(Sampling.review(settings(Stages.REVIEW, 100, 10, 10, true), id(1), 0, true, false)).isEmpty();
        assertThat(Sampling.review(settings(Stages.REVIEW, 100, 10, 10, false), id(1), 0, true, true)).isEmpty();
    }

    @Test
    void qaSamplesOnlyWhenTheProjectHasAQaStage() {
        assertThat(Sampling.qa(settings(Stages.REVIEW, 100, 100, 0, false), id(1))).isFalse();
        assertThat(Sampling.qa(settings(Stages.REVIEW_AND_QA, 100, 100, 0, false), id(1))).isTrue();
    }
}
