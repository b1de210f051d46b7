package dev.annota.annotation;

import java.util.Arrays;
import java.util.Locale;

import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.schema.TaskType;

/** Export shapes: raw JSONL for every task type, and each type's training shape. */
public enum ExportFormat {
    /** One line per item with its data, predictions and every annotation. */
    JSONL(null, "application/x-ndjson", "jsonl"),
    /** TRL preference pairs {@code prompt}, {@code chosen}, {@code rejected}, one line per pair. */
    TRL(TaskType.RESPONSE_COMPARISON, "application/x-ndjson", "jsonl"),
    /** TRL SFT examples: {@code messages}, or {@code prompt}/{@code completion}, one line per demonstration. */
    SFT(TaskType.DEMONSTRATION, "application/x-ndjson", "jsonl"),
    /** One COCO JSON document: images, annotations (bbox, segmentation), categories. */
    COCO(TaskType.IMAGE_BOXES, "application/json", "json");

    private final TaskType only;
    private final String contentType;
    private final String extension;

    ExportFormat(TaskType only, String contentType, String extension) {
        this.only = only;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code id} if it fits projects of {@code type}; 422 naming the field {@code format} otherwise. */
    public static ExportFormat of(String id, TaskType type) {
        ExportFormat format = Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> invalid("Unknown export format '" + id + "'; known: jsonl, trl, sft, coco."));
        if (format.only != null && format.only != type) {
            throw invalid("The " + format.id() + " format is for " + format.only.id() + " projects; this project is "
                    + type.id() + ". Use jsonl" + (type == TaskType.RESPONSE_COMPARISON ? " or trl"
                    : type == TaskType.DEMONSTRATION ? " or sft" : type == TaskType.IMAGE_BOXES ? " or coco" : "") + ".");
        }
        return format;
    }

    public static Failure invalid(String message) {
        return new Invalid("Export not possible", message).with("field", "format");
    }
}
