package dev.annota.annotation.internal;

import dev.annota.project.ProjectAccess;
import io.swagger.v3.oas.annotations.media.Schema;

/** An export job's body: the download's query parameters as JSON (each optional; {@code format} defaults to jsonl). */
@Schema(description = "The export's parameters, as the download's query parameters (GET …/export) name them")
record ExportJobRequest(String format, String question, Boolean includeUnlabeled, String aggregate, String review,
                        String from, String to, String workforce, String answers, String license) {

    ExportRequest toRequest(ExportRequests requests, ProjectAccess access) {
        return requests.of(access, format, question, Boolean.TRUE.equals(includeUnlabeled), aggregate, review, from, to,
                workforce, answers, license);
    }
}
