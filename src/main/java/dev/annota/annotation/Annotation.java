package dev.annota.annotation;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A stored answer. {@code predictionChanged}: whether it differs from the item's first model prediction (null when
 * the item had none); {@code derived}: facts the server computed from it (a demonstration's edit from the draft), or null;
 * {@code guidelinesVersion}: the version of the guidelines current when it was submitted (null before versions were kept).
 */
public record Annotation(UUID id, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId, int schemaVersion,
                         JsonNode answer, Instant createdAt, Boolean predictionChanged, JsonNode derived, Integer guidelinesVersion) {

    public Annotation(UUID id, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId, int schemaVersion,
                      JsonNode answer, Instant createdAt, Boolean predictionChanged, JsonNode derived) {
        this(id, projectId, itemId, assignmentId, annotatorId, schemaVersion, answer, createdAt, predictionChanged, derived, null);
    }
}
