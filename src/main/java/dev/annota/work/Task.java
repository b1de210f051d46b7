package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * An item leased to an annotator. The assignment id is the lease's fencing token: once the lease ends (submitted,
 * skipped, or expired and taken by someone else) no submit under it is accepted. {@code predictions} are the item's
 * model pre-annotations ({@code [{"model", "score"?, "answer"}]}, empty when none) for the workbench to pre-fill; the
 * first one is what the server compares the submitted answer with.
 */
public record Task(UUID assignmentId, UUID projectId, UUID itemId, JsonNode data, int schemaVersion,
                   Instant leaseExpiresAt, JsonNode predictions) {
}
