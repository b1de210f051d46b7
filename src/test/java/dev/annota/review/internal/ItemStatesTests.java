package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Where an item stands in review, decided from its reviews and its queue state. */
class ItemStatesTests {

    private static final UUID ITEM = UUID.randomUUID();

    private static ItemStates.Row review(String stage, String state, String rework, int round) {
        return new ItemStates.Row(ITEM, stage, state, rework, round);
    }

    @Test
    void anItemWithoutReviewsIsLabelingUntilCompleteThenLabeled() {
        assertThat(ItemStates.state(List.of(), "OPEN").state()).isEqualTo("LABELING");
        assertThat(ItemStates.state(List.of(), "FULL").state()).isEqualTo("LABELING");
        assertThat(ItemStates.state(List.of(), "DONE").state()).isEqualTo("LABELED");
    }

    @Test
    void anOpenReworkComesBeforeAWaitingReviewWhichComesBeforeQa() {
        var waitingQa = review("QA", "WAITING", null, 1);
        var leasedReview = review("REVIEW", "LEASED", null, 1);
        var rejected = review("REVIEW", "REJECTED", "OPEN", 1);
        assertThat(ItemStates.state(List.of(waitingQa), "DONE").state()).isEqualTo("IN_QA");
        assertThat(ItemStates.state(List.of(waitingQa, leasedReview), "DONE").state()).isEqualTo("IN_REVIEW");
        assertThat(ItemStates.state(List.of(waitingQa, leasedReview, rejected), "DONE").state()).isEqualTo("NEEDS_REWORK");
    }

    @Test
    void aCompleteItemIsAcceptedOrRejectedByItsLastDecisionAndCarriesItsHighestRound() {
        var rejectedDone = review("REVIEW", "REJECTED", "DONE", 1);
        var accepted = review("REVIEW", "ACCEPTED", null, 2);
        var status = ItemStates.state(List.of(rejectedDone, accepted), "DONE");
        assertThat(status.state()).isEqualTo("ACCEPTED");
        assertThat(status.round()).isEqualTo(2);
        assertThat(ItemStates.state(List.of(review("REVIEW", "CORRECTED", null, 1)), "DONE").state()).isEqualTo("ACCEPTED");
        assertThat(ItemStates.state(List.of(review("REVIEW", "REJECTED", "CLOSED", 3)), "DONE").state()).isEqualTo("REJECTED");
        assertThat(ItemStates.state(List.of(review("REVIEW", "REJECTED", "CLOSED", 3)), "OPEN").state())
                .as("its slot reopened for another annotator").isEqualTo("LABELING");
    }
}
