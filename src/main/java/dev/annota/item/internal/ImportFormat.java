package dev.annota.item.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import dev.annota.failure.Invalid;
import dev.annota.schema.TaskType;

/**
 * The file formats {@code POST /api/v1/projects/{id}/items} reads, named by {@code ?format=} (ids spelt as the export
 * formats are) or, for CSV, by the content type {@code text/csv}. Each knows the task types its records can become.
 */
enum ImportFormat {
    JSONL("jsonl", EnumSet.allOf(TaskType.class)),
    CSV("csv", EnumSet.allOf(TaskType.class)),
    LABEL_STUDIO("label-studio", EnumSet.allOf(TaskType.class)),
    COCO("coco", EnumSet.of(TaskType.IMAGE_BOXES)),
    OPENAI_CHAT("openai-chat", EnumSet.of(TaskType.DEMONSTRATION, TaskType.CONVERSATION_RATING)),
    PREFERENCE("preference", EnumSet.of(TaskType.RESPONSE_COMPARISON));

    private final String id;
    private final Set<TaskType> taskTypes;

    ImportFormat(String id, Set<TaskType> taskTypes) {
        this.id = id;
        this.taskTypes = taskTypes;
    }

    String id() {
        return id;
    }

    /** The format of a request: {@code ?format=} when given, else CSV for {@code text/csv}, else Annota's JSON Lines. */
    static ImportFormat of(String format, String contentType) {
        boolean csvBody = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        if (format == null || format.isBlank()) {
            return csvBody ? CSV : JSONL;
        }
        for (ImportFormat f : values()) {
            if (f.id.equals(format)) {
                if (csvBody && f != CSV) {
                    throw new Invalid("Unsupported import format", "A text/csv body is read as CSV; format '" + format
                            + "' needs a JSON body.").with("field", "format");
                }
                return f;
            }
        }
        throw new Invalid("Unsupported import format", "Unknown format '" + format + "'; known: "
                + Arrays.stream(values()).map(ImportFormat::id).toList() + ".").with("field", "format");
    }

    /** Refuses a format whose records cannot become items of this task type. */
    void requireFits(TaskType type) {
        if (!taskTypes.contains(type)) {
            throw new Invalid("Unsupported import format", "Format '" + id + "' imports into "
                    + taskTypes.stream().map(TaskType::id).toList() + " projects, not a " + type.id() + " project.")
                    .with("field", "format");
        }
    }
}
