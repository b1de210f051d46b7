package dev.annota.annotation.internal;

import dev.annota.project.ProjectAccess;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** An export job's body: the download's query parameters as JSON (each optional; {@code format} defaults to jsonl). */
@Schema(description = "The export's parameters, as the download's query parameters (GET …/export) name them")
record ExportJobRequest(@Size(max = 40) String format, @Size(max = 200) String question, Boolean includeUnlabeled,
                        @Size(max = 20) String aggregate, @Size(max = 20) String review, @Size(max = 40) String from,
                        @Size(max = 40) String to, @Size(max = 40) String workforce, @Size(max = 20) String answers,
                        @Size(max = 100) String license) {

    ExportRequest toRequest(ExportRequests requests, ProjectAccess access) {
        return requests.of(access, format, question, Boolean.TRUE.equals(includeUnlabeled), aggregate, review, from, to,
                workforce, answers, license);
    }
}
