package dev.annota.item;

import java.time.Instant;
import java.util.UUID;

/**
 * Published each time a person is shown item payloads: one item (a claim) or many (an export). Holds who, what and
 * under which assignment, never the payload. {@code detail} says how (an export's format), or is null.
 */
public record PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose,
                            UUID itemId, UUID assignmentId, long itemCount, Instant at, String detail) {

    public PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose, UUID itemId,
                         UUID assignmentId, long itemCount, Instant at) {
        this(tenantId, projectId, viewerId, viewerOrgId, purpose, itemId, assignmentId, itemCount, at, null);
    }

    public enum Purpose {
        CLAIM, EXPORT, BROWSE
    }
}
