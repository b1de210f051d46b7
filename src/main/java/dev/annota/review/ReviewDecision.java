package dev.annota.review;

import java.time.Instant;
import java.util.UUID;

/** The answer to a decision: the review's new state and the decision's record. */
public record ReviewDecision(UUID reviewId, UUID decisionId, ReviewStage stage, ReviewOutcome decision, String state,
                             Instant decidedAt) {
}
