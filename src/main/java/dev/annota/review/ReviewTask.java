package dev.annota.review;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A review leased to a reviewer: the item, the annotation to judge and the schema it was made under. {@code watermark}:
 * on a project with leak marks, the reviewer's pseudonym to show faintly over the review (the item's text then carries
 * this review's invisible marks); left out otherwise.
 */
public record ReviewTask(UUID reviewId, ReviewStage stage, long fencingToken, Instant leaseExpiresAt, Item item,
                         Answer annotation, JsonNode schema,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                         String watermark) {

    public record Item(java.util.UUID id, JsonNode payload) {
    }

    /** {@code assignmentId}: the lease the answer ended (its writing aggregates are found by it; docs/trust.md). */
    public record Answer(UUID id, JsonNode answer, int schemaVersion, Person annotator, Instant createdAt, UUID assignmentId) {
    }

    /** A person (annotator, reviewer) as a reviewer may see them: {@code name} only within their own organization. */
    public record Person(String pseudonym, String name) {
    }
}
