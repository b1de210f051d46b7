package dev.annota.project;

import java.time.Instant;

import dev.annota.schema.TaskType;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * What a manager sets when creating a project. Null numbers take their defaults; the deadline is optional. The name's limit (its column's) is
 * checked by {@link Projects#create}, a 422 naming the field; the annotation puts it in the OpenAPI description.
 */
public record ProjectSettings(@Size(max = 200) String name, String guidelines, TaskType taskType, JsonNode schema, Integer overlap,
                              Integer leaseSeconds, Integer priority, Instant deadline) {

    /** Without a deadline. */
    public ProjectSettings(String name, String guidelines, TaskType taskType, JsonNode schema, Integer overlap,
                           Integer leaseSeconds, Integer priority) {
        this(name, guidelines, taskType, schema, overlap, leaseSeconds, priority, null);
    }
}
