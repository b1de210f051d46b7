package dev.annota.review.internal;

import java.util.Optional;
import java.util.UUID;

import dev.annota.work.ReworkFeedback;
import org.springframework.stereotype.Component;

/** The rejecting decision's feedback, opened for the rework task the queue serves (inside the claim's transaction). */
@Component
record ReworkNotes(ReviewStore store, ReviewTexts texts) implements ReworkFeedback {

    @Override
    public Optional<Notes> of(UUID tenantId, UUID reviewId) {
        return store.decisionOf(tenantId, reviewId).map(d -> {
            var body = DecisionBody.of(texts.open(tenantId, d.id(), d.body()));
            return new Notes(body.feedback(), body.questionFeedback());
        });
    }
}
