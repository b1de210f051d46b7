package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.annota.quality.GoldFeedback;

/**
 * The stored answer of a submit; {@code replayed} when a retry was answered from the first submit. {@code feedback}
 * is present only after a missed gold item, and left out of the JSON otherwise (never null in the document), so a right
 * gold answer and an ordinary item get responses of the same shape.
 */
public record Submission(UUID annotationId, UUID assignmentId, UUID itemId, int schemaVersion, Instant createdAt,
                         boolean replayed, @JsonInclude(JsonInclude.Include.NON_NULL) GoldFeedback feedback) {

    public Submission(UUID annotationId, UUID assignmentId, UUID itemId, int schemaVersion, Instant createdAt, boolean replayed) {
        this(annotationId, assignmentId, itemId, schemaVersion, createdAt, replayed, null);
    }
}
