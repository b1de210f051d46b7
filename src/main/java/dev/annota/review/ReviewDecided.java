package dev.annota.review;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the decision's transaction when a reviewer decided on an annotation: for notifications, the
 * feedback inbox and rework (a REJECT leaves the review REJECTED for it to pick up). Carries no texts.
 */
public record ReviewDecided(UUID tenantId, UUID projectId, UUID itemId, UUID reviewId, UUID annotationId, UUID annotatorId,
                            UUID reviewerId, ReviewStage stage, ReviewOutcome decision, Instant at) {
}
