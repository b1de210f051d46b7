package dev.annota.schema;

import tools.jackson.databind.JsonNode;

/**
 * A starting point for a new project: a label schema of one task type, an item of that type's shape, and an answer to
 * that item the schema accepts (what a manager sees in the gallery, and what SchemaTemplatesTests checks).
 */
public record SchemaTemplate(String id, String name, TaskType taskType, String description, JsonNode schema,
                             JsonNode sampleItem, JsonNode sampleAnswer) {
}
