package dev.annota.item;

import java.time.Instant;
import java.util.UUID;

/**
 * Published each time a person is shown item payloads: one item (a claim) or many (an export). Holds who, what and
 * under which assignment, never the payload.
 */
public record PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose,
                            UUID itemId, UUID assignmentId, long itemCount, Instant at) {

    public enum Purpose {
        CLAIM, EXPORT, BROWSE
    }
}
