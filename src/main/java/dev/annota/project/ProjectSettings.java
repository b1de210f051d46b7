package dev.annota.project;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.schema.TaskType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * What a manager sets when creating a project. Null numbers take their defaults; the deadline is optional. The name's limit (its column's) is
 * checked by {@link Projects#create}, a 422 naming the field; the annotation puts it in the OpenAPI description.
 */
public record ProjectSettings(
        @Schema(requiredMode = REQUIRED, minLength = 1, description = "The project's name, 1 to 200 characters")
        @Size(max = 200) String name,
        @Schema(description = "Guidelines for annotators, Markdown; default none") String guidelines,
        @Schema(description = "What annotators do on the items: decides the shape of the items' data and which questions "
                + "the schema may have; default text-classification") TaskType taskType,
        @Schema(requiredMode = REQUIRED, description = "The label schema: the questions annotators answer "
                + "(docs/label-schema.md); it must fit the task type") JsonNode schema,
        @Schema(minimum = "1", maximum = "100", description = "How many distinct annotators label each item, 1 to 100; "
                + "default 1") Integer overlap,
        @Schema(minimum = "10", maximum = "86400", description = "How long a claimed task stays the annotator's, in "
                + "seconds, 10 to 86400; default 600") Integer leaseSeconds,
        @Schema(description = "Higher first: an annotator's project list shows the most urgent projects first (higher "
                + "priority, then the earlier deadline); default 0") Integer priority,
        @Schema(description = "When the labels are due, optional") Instant deadline) {

    /** Without a deadline. */
    public ProjectSettings(String name, String guidelines, TaskType taskType, JsonNode schema, Integer overlap,
                           Integer leaseSeconds, Integer priority) {
        this(name, guidelines, taskType, schema, overlap, leaseSeconds, priority, null);
    }
}
