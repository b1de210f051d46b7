package dev.annota.project;

import java.time.Instant;
import java.util.UUID;

import dev.annota.schema.TaskType;

/** A labeling job. {@code tenantId} is the owning customer organization. */
public record Project(UUID tenantId, UUID id, String name, String guidelines, TaskType taskType, int schemaVersion,
                      int overlap, int leaseSeconds, int priority, UUID createdBy, Instant createdAt) {
}
