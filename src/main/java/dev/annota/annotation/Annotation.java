package dev.annota.annotation;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

public record Annotation(UUID id, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId, int schemaVersion,
                         JsonNode answer, Instant createdAt) {
}
