package dev.annota.quality;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** A gold item an annotator answered wrong: the assignment (the entry's id), the item and the answer it expected. */
public record MissedGold(UUID assignmentId, UUID projectId, UUID itemId, JsonNode expected, Instant at) {
}
