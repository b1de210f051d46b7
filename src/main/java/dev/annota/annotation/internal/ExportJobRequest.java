package dev.annota.annotation.internal;

import dev.annota.project.ProjectAccess;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** An export job's body: the download's query parameters as JSON (each optional; {@code format} defaults to jsonl). */
@Schema(description = "The export's parameters, as the download's query parameters (GET …/export) name them")
record ExportJobRequest(
        @Schema(defaultValue = "jsonl", description = "jsonl (every task type), csv, label-studio, parquet; trl, "
                + "openai-dpo, helpsteer (response comparison); sft, openai-sft (demonstration); coco (image boxes)")
        @Size(max = 40) String format,
        @Schema(description = "The question a training format exports, by name, when the schema has several")
        @Size(max = 200) String question,
        @Schema(defaultValue = "false", description = "jsonl: also the items nobody has answered yet") Boolean includeUnlabeled,
        @Schema(description = "mv, wawa, ds, ocds or mace (jsonl only): each line gains the consensus of that "
                + "aggregation method") @Size(max = 20) String aggregate,
        @Schema(description = "all (default), accepted or history (jsonl only)") @Size(max = 20) String review,
        @Schema(example = "2026-01-31", description = "Answers made on or after this day (an ISO 8601 date, UTC) or "
                + "instant (RFC 3339)") @Size(max = 40) String from,
        @Schema(description = "Answers made up to this day (included, ISO 8601 date, UTC) or before this instant "
                + "(RFC 3339)") @Size(max = 40) String to,
        @Schema(description = "An organization id: only the answers of its people (the owner or an engaged workforce)")
        @Size(max = 40) String workforce,
        @Schema(description = "every (default) or consensus (csv, parquet)") @Size(max = 20) String answers,
        @Schema(description = "parquet: the dataset card's licence, e.g. cc-by-4.0 (default other)")
        @Size(max = 100) String license) {

    ExportRequest toRequest(ExportRequests requests, ProjectAccess access) {
        return requests.of(access, format, question, Boolean.TRUE.equals(includeUnlabeled), aggregate, review, from, to,
                workforce, answers, license);
    }
}
