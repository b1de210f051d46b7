package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.review.ReviewFigures;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The arithmetic of the review figures over hand-made reviews; no Spring. */
class FigureTallyTests {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private final UUID org = UUID.randomUUID();
    private final UUID ann = UUID.randomUUID();
    private final UUID rev = UUID.randomUUID();
    private final UUID qa = UUID.randomUUID();
    private final List<ReviewStore.Decided> rows = new ArrayList<>();
    private final Map<UUID, Instant> submitted = new HashMap<>();

    /** An annotation submitted at T0 and decided {@code minutes} later in each stage with the given outcomes. */
    private void annotation(long minutes, ReviewOutcome review, ReviewOutcome qaOutcome) {
        UUID id = UUID.randomUUID();
        submitted.put(id, T0);
        rows.add(row(id, ReviewStage.REVIEW, review, rev, T0.plusSeconds(60 * minutes)));
        if (qaOutcome != null) {
            rows.add(row(id, ReviewStage.QA, qaOutcome, qa, T0.plusSeconds(86_400 + 60 * minutes)));
        }
    }

    private ReviewStore.Decided row(UUID annotation, ReviewStage stage, ReviewOutcome outcome, UUID reviewer, Instant at) {
        return new ReviewStore.Decided(annotation, UUID.randomUUID(), ann, org, stage, outcome == null ? "WAITING" : outcome.state(),
                T0, outcome == null ? null : UUID.randomUUID(), outcome, outcome == null ? null : reviewer, 1, null,
                outcome == null ? null : at);
    }

    @Test
    void ratesCountAnnotationsByTheirStandingReworkCountsRejectionsAndTimeRunsFromSubmitToTheReviewDecision() {
        annotation(10, ReviewOutcome.ACCEPT, null);
        annotation(20, ReviewOutcome.CORRECT, null);
        annotation(30, ReviewOutcome.REJECT, null);
        annotation(40, ReviewOutcome.ACCEPT, ReviewOutcome.REJECT);
        annotation(50, null, null);
        var reviewed = FigureTally.group(rows, submitted);
        ReviewFigures.Work work = FigureTally.work(reviewed, FigureTally.Reviewed::annotatorId).get(ann);
        assertThat(work.decided()).as("the undecided one is not counted").isEqualTo(4);
        assertThat(List.of(work.accepted(), work.corrected(), work.rejected())).containsExactly(1L, 1L, 2L);
        assertThat(work.acceptanceRate()).isEqualTo(0.5);
        assertThat(work.correctionRate()).isEqualTo(0.25);
        assertThat(work.reworkRounds()).isEqualTo(2);
        assertThat(work.medianSecondsToReview()).as("10, 20, 30, 40 minutes").isEqualTo(25 * 60.0);
        assertThat(work.meanSecondsToReview()).isEqualTo(25 * 60.0);
        assertThat(FigureTally.work(List.of()).acceptanceRate()).as("nothing decided: no rate").isNull();
    }

    @Test
    void throughputIsDecisionsPerActiveDayAndDoubleReviewedCompareQaWithReviewWithCohensKappa() {
        annotation(10, ReviewOutcome.ACCEPT, ReviewOutcome.ACCEPT);
        annotation(20, ReviewOutcome.ACCEPT, ReviewOutcome.REJECT);
        annotation(30, ReviewOutcome.CORRECT, ReviewOutcome.CORRECT);
        annotation(24 * 60, ReviewOutcome.REJECT, null);
        var reviewed = FigureTally.group(rows, submitted);
        var reviewers = FigureTally.reviewers(reviewed);
        var first = reviewers.stream().filter(r -> r.reviewerId().equals(rev)).findFirst().orElseThrow();
        assertThat(first.decisions()).isEqualTo(4);
        assertThat(first.activeDays()).as("three on the 2nd, one on the 3rd").isEqualTo(2);
        assertThat(first.decisionsPerDay()).isEqualTo(2.0);
        assertThat(List.of(first.accepted(), first.corrected(), first.rejected())).containsExactly(2L, 1L, 1L);

        var both = FigureTally.doubleReviewed(reviewed);
        assertThat(both.count()).isEqualTo(3);
        assertThat(both.agreement()).isEqualTo(2.0 / 3);
        // p_o = 2/3; p_e = (2/3)(1/3) + (1/3)(1/3) + 0 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 1/2
        assertThat(both.kappa()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(FigureTally.doubleReviewed(List.of()).kappa()).isNull();
    }
}
