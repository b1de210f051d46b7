package dev.annota.item;

import java.time.Instant;
import java.util.UUID;

/**
 * Published each time a person is shown item payloads: one item (a claim), many (an export) or an uploaded image
 * (with the item and assignment whose lease allowed it, for an annotator). Holds who, what and under which
 * assignment, never the payload. {@code detail} says how (an export's format), or is null.
 */
public record PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose,
                            UUID itemId, UUID assignmentId, long itemCount, Instant at, UUID imageId, String detail) {

    /** A showing of item payloads, no image. */
    public PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose,
                         UUID itemId, UUID assignmentId, long itemCount, Instant at) {
        this(tenantId, projectId, viewerId, viewerOrgId, purpose, itemId, assignmentId, itemCount, at, null, null);
    }

    /** The showing of an uploaded image. */
    public PayloadViewed(UUID tenantId, UUID projectId, UUID viewerId, UUID viewerOrgId, Purpose purpose,
                         UUID itemId, UUID assignmentId, long itemCount, Instant at, UUID imageId) {
        this(tenantId, projectId, viewerId, viewerOrgId, purpose, itemId, assignmentId, itemCount, at, imageId, null);
    }

    public enum Purpose {
        CLAIM, EXPORT, BROWSE,
        /** The bytes of an uploaded image were sent to a person. */
        IMAGE,
        /** A reviewer was shown the item of the annotation under review; {@code assignmentId} is the review. */
        REVIEW,
        /**
         * An annotator was shown the item of one of their own past answers (a check item they missed, beside the
         * expected answer); {@code assignmentId} is the assignment they answered it under.
         */
        FEEDBACK
    }
}
