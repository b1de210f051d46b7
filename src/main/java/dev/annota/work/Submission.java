package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

/** The stored answer of a submit; {@code replayed} when a retry was answered from the first submit. */
public record Submission(UUID annotationId, UUID assignmentId, UUID itemId, int schemaVersion, Instant createdAt,
                         boolean replayed) {
}
