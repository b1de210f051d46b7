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
    COCO(TaskType.IMAGE_BOXES, "application/json", "json"),
    /** RFC 4180 CSV with a header row: one row per answer (or per item with {@code answers=consensus}). */
    CSV(null, "text/csv", "csv"),
    /** One JSON array of Label Studio tasks: data, predictions and annotations with their result arrays. */
    LABEL_STUDIO(null, "application/json", "json"),
    /** OpenAI fine-tuning (supervised): {@code {"messages": [...]}} per demonstration. */
    OPENAI_SFT(TaskType.DEMONSTRATION, "application/x-ndjson", "jsonl"),
    /** OpenAI fine-tuning (DPO): {@code {"input": {"messages"}, "preferred_output", "non_preferred_output"}} per pair. */
    OPENAI_DPO(TaskType.RESPONSE_COMPARISON, "application/x-ndjson", "jsonl"),
    /** HelpSteer: per scored response {@code prompt}, {@code response} and one whole number per rubric criterion. */
    HELPSTEER(TaskType.RESPONSE_COMPARISON, "application/x-ndjson", "jsonl"),
    /** A zip of a Hugging Face dataset folder: {@code data/train-00000-of-00001.parquet} and a {@code README.md} card. */
    PARQUET(null, "application/zip", "zip");

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
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether projects of {@code type} can be exported in this format. */
    public boolean fits(TaskType type) {
        return only == null || only == type;
    }

    /** The formats of projects of {@code type}, in menu order. */
    public static java.util.List<ExportFormat> of(TaskType type) {
        return Arrays.stream(values()).filter(f -> f.fits(type)).toList();
    }

    /** The format named {@code id} if it fits projects of {@code type}; 422 naming the field {@code format} otherwise. */
    public static ExportFormat of(String id, TaskType type) {
        ExportFormat format = Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> invalid("Unknown export format '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList()) + "."));
        if (!format.fits(type)) {
            throw invalid("The " + format.id() + " format is for " + format.only.id() + " projects; this project is "
                    + type.id() + ". Use " + String.join(", ", of(type).stream().map(ExportFormat::id).toList()) + ".");
        }
        return format;
    }

    public static Failure invalid(String message) {
        return new Invalid("Export not possible", message).with("field", "format");
    }
}
