package dev.annota.project;

import dev.annota.schema.TaskType;
import tools.jackson.databind.JsonNode;

/** What a manager sets when creating a project. Null numbers take their defaults. */
public record ProjectSettings(String name, String guidelines, TaskType taskType, JsonNode schema, Integer overlap,
                              Integer leaseSeconds, Integer priority) {
}
