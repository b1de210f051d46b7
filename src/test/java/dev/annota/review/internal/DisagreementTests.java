package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.annotation.Annotation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DisagreementTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Annotation answer(String json) {
        return new Annotation(UUID.randomUUID(), null, null, null, UUID.randomUUID(), 1, JSON.readTree(json), Instant.EPOCH, null, null);
    }

    @Test
    void theAnswerAgainstTheMajorityDisagrees() {
        var a = answer("{\"label\":\"a\"}");
        var b = answer("{\"label\":\"a\"}");
        var c = answer("{\"label\":\"b\"}");
        assertThat(Disagreement.disagreeing(List.of(a, b, c))).containsExactly(c.id());
    }

    @Test
    void withoutAMajorityEveryAnswerIsWorthAReview() {
        var a = answer("{\"label\":\"a\"}");
        var b = answer("{\"label\":\"b\"}");
        assertThat(Disagreement.disagreeing(List.of(a, b))).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void unanimousAnswersAndASingleAnswerDisagreeWithNothing() {
        assertThat(Disagreement.disagreeing(List.of(answer("{\"label\":\"a\"}"), answer("{\"label\":\"a\"}")))).isEmpty();
        assertThat(Disagreement.disagreeing(List.of(answer("{\"label\":\"a\"}")))).isEmpty();
    }

    @Test
    void oneQuestionDifferingIsEnough() {
        var a = answer("{\"label\":\"a\",\"tone\":1}");
        var b = answer("{\"label\":\"a\",\"tone\":1}");
        var c = answer("{\"label\":\"a\",\"tone\":3}");
        assertThat(Disagreement.disagreeing(List.of(a, b, c))).containsExactly(c.id());
    }
}
