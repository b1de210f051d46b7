package dev.annota.review;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in a REJECT's transaction when the item went back to its annotator as a rework: theirs to take until
 * {@code offeredUntil}, then the pool's. Not published when the annotator is gone (the rework goes to the pool at once)
 * nor past the project's maxRounds. Carries no texts.
 */
public record ReworkOffered(UUID tenantId, UUID projectId, UUID itemId, UUID reviewId, UUID annotatorId, int round,
                            Instant offeredUntil) {
}
