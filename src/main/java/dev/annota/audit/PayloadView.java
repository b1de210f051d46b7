package dev.annota.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One view of an item by a person under a lease, as the access log recorded it: {@code viewId} is the assignment (a
 * claim) or the review (a review) it was shown under, {@code action} {@link AuditEvent#PAYLOAD_CLAIM} or
 * {@link AuditEvent#PAYLOAD_REVIEW}; {@code firstAt} the first time it was shown, {@code times} how often (a reload
 * shows the same lease again).
 */
public record PayloadView(UUID viewId, String action, UUID viewerId, UUID viewerOrgId, UUID itemId, Instant firstAt, long times) {
}
