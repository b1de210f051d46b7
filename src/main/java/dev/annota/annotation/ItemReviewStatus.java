package dev.annota.annotation;

import java.util.UUID;

/**
 * Where an item stands in review, for the item view. Implemented by the review module (which owns the reviews); the
 * item view asks it inside its tenant transaction.
 */
public interface ItemReviewStatus {

    /**
     * {@code state}: LABELING, LABELED (complete, none of its answers sampled), IN_REVIEW, IN_QA, NEEDS_REWORK, ACCEPTED
     * or REJECTED; {@code round}: the highest answer round of the item (1 until a rework).
     */
    record Status(String state, int round) {
    }

    Status of(UUID tenantId, UUID projectId, UUID itemId);
}
