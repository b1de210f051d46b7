package dev.annota.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.statistics.AggregationMethod;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How review shapes an annotation's standing and the input of aggregation; no Spring. */
class ReviewedVotesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final UUID item = UUID.randomUUID();

    private static JsonNode answer(String label) {
        return JSON.readTree("{\"label\":\"" + label + "\"}");
    }

    private static AnnotationReview.Step step(String stage, String state, String decision, JsonNode correction) {
        return new AnnotationReview.Step(stage, state, null, decision, "Person 000000", null, null, correction, 1, Instant.EPOCH);
    }

    private AnnotationReview reviewed(AnnotationReview.Step... steps) {
        return new AnnotationReview(UUID.randomUUID(), item, List.of(steps));
    }

    /** Majority vote over three annotators' answers after review. */
    private Consensus.Label aggregate(List<JsonNode> answers, List<AnnotationReview> reviews) {
        var votes = new ArrayList<Consensus.Vote>();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode input = ReviewedVotes.input(reviews.get(i), answers.get(i));
            if (input != null) {
                votes.add(new Consensus.Vote(item, new UUID(0, i), input.get("label").asString()));
            }
        }
        return Consensus.aggregate(Map.of("label", votes), AggregationMethod.MAJORITY_VOTE).item(item).get("label");
    }

    @Test
    void aCorrectionTurnsTheMajorityAndARejectedAnswerNoLongerVotes() {
        var answers = List.of(answer("a"), answer("a"), answer("b"));
        var none = new ArrayList<AnnotationReview>();
        none.add(null);
        none.add(null);
        none.add(null);
        assertThat(aggregate(answers, none).label()).as("as submitted").isEqualTo("a");

        var corrected = reviewed(step("REVIEW", "CORRECTED", "CORRECT", answer("b")));
        var withCorrection = new ArrayList<>(none);
        withCorrection.set(0, corrected);
        Consensus.Label afterCorrection = aggregate(answers, withCorrection);
        assertThat(afterCorrection.label()).as("the correction replaces the first answer: b, b, a").isEqualTo("b");

        var withRejection = new ArrayList<>(withCorrection);
        withRejection.set(1, reviewed(step("REVIEW", "REJECTED", "REJECT", null)));
        Consensus.Label afterRejection = aggregate(answers, withRejection);
        assertThat(afterRejection.label()).isEqualTo("b");
        assertThat(afterRejection.confidence()).as("b, b: the rejected a is out").isGreaterThan(afterCorrection.confidence());
    }

    @Test
    void anAnnotationStandsAcceptedOnlyWhenEveryStageItEnteredAcceptedOrCorrectedIt() {
        assertThat(AnnotationReview.none(UUID.randomUUID(), item).status()).isEqualTo(AnnotationReview.Status.UNREVIEWED);
        assertThat(reviewed(step("REVIEW", "ACCEPTED", "ACCEPT", null)).status()).isEqualTo(AnnotationReview.Status.ACCEPTED);
        assertThat(reviewed(step("REVIEW", "ACCEPTED", "ACCEPT", null), step("QA", "WAITING", null, null)).status())
                .as("QA still to decide").isEqualTo(AnnotationReview.Status.IN_REVIEW);
        assertThat(reviewed(step("REVIEW", "ACCEPTED", "ACCEPT", null), step("QA", "REJECTED", "REJECT", null)).status())
                .isEqualTo(AnnotationReview.Status.REJECTED);
        var twice = reviewed(step("REVIEW", "CORRECTED", "CORRECT", answer("b")), step("QA", "CORRECTED", "CORRECT", answer("c")));
        assertThat(twice.status()).isEqualTo(AnnotationReview.Status.CORRECTED);
        assertThat(twice.standing(answer("a")).get("label").asString()).as("the latest correction stands").isEqualTo("c");
        assertThat(ReviewedVotes.input(reviewed(step("REVIEW", "ACCEPTED", "ACCEPT", null)), answer("a")).get("label").asString())
                .isEqualTo("a");
    }
}
