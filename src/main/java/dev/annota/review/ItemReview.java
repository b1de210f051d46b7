package dev.annota.review;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One review of an item, for its history: the stage, why the annotation entered it, its state, and once decided who
 * decided what, the feedback and a correction's answer (null unless CORRECT); {@code round}: the annotation's round (2
 * and on for a rework); {@code reply}: the annotator's reply to the decision, or null.
 */
public record ItemReview(UUID reviewId, ReviewStage stage, String reason, String state, UUID annotationId,
                         ReviewTask.Person annotator, ReviewTask.Person reviewer, ReviewOutcome decision, String feedback,
                         JsonNode questionFeedback, JsonNode correction, Integer schemaVersion, Instant createdAt,
                         Instant decidedAt, int round, FeedbackInbox.Reply reply) {
}
