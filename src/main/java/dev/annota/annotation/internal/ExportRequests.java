package dev.annota.annotation.internal;

import java.util.List;

import dev.annota.annotation.Consensus;
import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportFormat;
import dev.annota.project.ProjectAccess;
import dev.annota.schema.TaskType;
import dev.annota.statistics.AggregationMethod;
import org.springframework.stereotype.Component;

/** Reads an export's request parameters (a download's query, a job's body) into an {@link ExportRequest}; 422 naming the bad one. */
@Component
class ExportRequests {

    /** A format of the export menu. */
    record FormatOption(String id, String extension, String contentType) {
    }

    static List<FormatOption> options(TaskType type) {
        return ExportFormat.of(type).stream().map(f -> new FormatOption(f.id(), f.extension(), f.contentType())).toList();
    }

    ExportRequest of(ProjectAccess access, String format, String question, boolean includeUnlabeled, String aggregate,
                     String review, String from, String to, String workforce, String answers, String license) {
        ExportFormat shape = ExportFormat.of(format == null || format.isBlank() ? "jsonl" : format.strip(),
                access.project().taskType());
        ExportFilter filter = ExportFilter.of(review, from, to, workforce, answers, aggregate);
        // jsonl's aggregate adds the consensus to each line; with answers=consensus it names the consensus's method.
        AggregationMethod method = shape == ExportFormat.JSONL && aggregate != null && !aggregate.isBlank()
                ? Consensus.method(aggregate) : null;
        return new ExportRequest(shape, filter, question == null || question.isBlank() ? null : question,
                includeUnlabeled, method, license == null || license.isBlank() ? null : license.strip());
    }
}
