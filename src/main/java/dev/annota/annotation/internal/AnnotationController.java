package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import dev.annota.annotation.AnnotatorCount;
import dev.annota.annotation.Annotations;
import dev.annota.annotation.ExportSummary;
import dev.annota.operations.DomainMetrics;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Annotations", description = "Progress per annotator and export of labels")
record AnnotationController(Projects projects, Annotations annotations, ExportRequests requests, ExportWriter writer,
        DomainMetrics metrics) {

    private static final String FORMAT = "jsonl (every task type), csv, label-studio, parquet; trl, openai-dpo, helpsteer (response comparison); sft, openai-sft (demonstration); coco "
            + "(image boxes)";
    private static final String QUESTION = "The question a training format exports, when the schema has several";
    private static final String UNLABELED = "jsonl: also the items nobody has answered yet";

    @GetMapping("/annotators")
    @Operation(operationId = "getAnnotatorFigures", summary = "Annotations per annotator")
    List<AnnotatorCount> perAnnotator(CurrentUser caller, @PathVariable UUID projectId) {
        return annotations.perAnnotator(projects.access(caller, projectId));
    }

    record AnnotationPage(List<dev.annota.annotation.Annotation> annotations, UUID next) {
    }

    @GetMapping("/my-annotations")
    @Operation(operationId = "listMyAnnotations", summary = "Your own answers on this project, read-only, oldest first; pass next as after for the next page")
    AnnotationPage mine(CurrentUser caller, @PathVariable UUID projectId, @RequestParam(required = false) UUID after,
                        @RequestParam(defaultValue = "100") int limit) {
        var page = annotations.mine(projects.access(caller, projectId), after, Math.clamp(limit, 1, 500));
        return new AnnotationPage(page, page.size() < Math.clamp(limit, 1, 500) ? null : page.getLast().id());
    }

    @GetMapping("/export")
    @Operation(operationId = "exportLabels", summary = "Download labels (streamed): format=jsonl (raw, every type: one item per line with its data, "
            + "predictions and annotations), trl (comparison preference pairs), sft (demonstrations), coco (boxes), "
            + "csv (RFC 4180, one row per answer), label-studio (Label Studio tasks), openai-sft (demonstrations), "
            + "openai-dpo (comparison pairs), helpsteer (rubric scores per response), parquet (a zip of a Hugging Face "
            + "dataset folder); docs/formats.md. 422 for a format that does not fit the project's task type; with "
            + "aggregate=mv|wawa|ds|ocds|mace (jsonl) each line gains a consensus object: method, answer and confidence "
            + "per aggregated question; review=all (default: every answer as submitted), accepted (only annotations "
            + "accepted or corrected in every review stage they entered, a correction replacing the answer, the submitted "
            + "one kept as original_answer; items without accepted work left out) or history (jsonl only: every annotation "
            + "with review {status, answer, history: [stage, state, decision, decision_id, reviewer pseudonym, feedback, "
            + "question_feedback, correction, schema_version, decided_at]} and supersedes); from/to (answers made in that "
            + "period), workforce (answers of that organization's people), answers=every|consensus (csv, parquet: one "
            + "row per item, method from aggregate); each bad parameter is a 422 naming it. Long exports: POST …/exports")
    @ApiResponse(responseCode = "200", description = "The labels, streamed as a download (Content-Disposition names the file)", content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary",
                    description = "jsonl, trl, sft, openai-sft, openai-dpo: one JSON object a line")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary",
                    description = "coco: one COCO document; label-studio: one array of tasks")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary",
                    description = "csv, helpsteer: RFC 4180 with a header row")),
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary",
                    description = "parquet: a Hugging Face dataset folder (data/*.parquet, README.md)"))})
    void export(CurrentUser caller, @PathVariable UUID projectId,
                @Parameter(description = FORMAT) @RequestParam(defaultValue = "jsonl") String format,
                @Parameter(description = QUESTION) @RequestParam(required = false) String question,
                @Parameter(description = UNLABELED) @RequestParam(defaultValue = "false") boolean includeUnlabeled,
                @Parameter(description = "mv, wawa, ds, ocds or mace (jsonl only): each line gains the consensus of that "
                        + "aggregation method") @RequestParam(required = false) String aggregate,
                @Parameter(description = "all (default), accepted or history (jsonl only)") @RequestParam(required = false) String review,
                @Parameter(description = "answers made on or after this day (UTC) or instant") @RequestParam(required = false) String from,
                @Parameter(description = "answers made up to this day (included) or before this instant") @RequestParam(required = false) String to,
                @Parameter(description = "answers of this organization's people (the owner or an engaged workforce)") @RequestParam(required = false) String workforce,
                @Parameter(description = "every (default) or consensus (csv, parquet)") @RequestParam(required = false) String answers,
                @Parameter(description = "parquet: the dataset card's licence, e.g. cc-by-4.0 (default other)") @RequestParam(required = false) String license,
                HttpServletResponse response) throws IOException {
        var access = projects.access(caller, projectId);
        ExportRequest request = requests.of(access, format, question, includeUnlabeled, aggregate, review, from, to,
                workforce, answers, license);
        writer.check(access, request); // every 422 before any byte is sent
        response.setContentType(request.format().contentType());
        if (request.format().contentType().startsWith("text/") || request.format().contentType().contains("json")) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + request.fileName(projectId) + "\"");
        // Hundreds of megabytes: sent in 64 kB chunks instead of Tomcat's 8 kB, an eighth of the writes to the socket.
        response.setBufferSize(1 << 16);
        var written = writer.write(access, request, response.getOutputStream(), () -> { });
        metrics.exported(request.format().id(), written.records());
    }

    @GetMapping("/export/summary")
    @Operation(operationId = "getExportSummary", summary = "What the export in that format holds now: records, annotations, items, and what it skips "
            + "(tied pairs for trl and openai-dpo, annotations without an answer to the exported question); review: the "
            + "filter applied; reviewed: every annotation of the project by its standing after review {accepted, "
            + "corrected, rejected, inReview, unreviewed}. Same parameters as the export")
    ExportSummary exportSummary(CurrentUser caller, @PathVariable UUID projectId,
                                @Parameter(description = FORMAT) @RequestParam(defaultValue = "jsonl") String format,
                                @Parameter(description = QUESTION) @RequestParam(required = false) String question,
                                @Parameter(description = UNLABELED) @RequestParam(defaultValue = "false") boolean includeUnlabeled,
                                @Parameter(description = "all (default), accepted or history (jsonl only)") @RequestParam(required = false) String review,
                                @Parameter(description = "answers made on or after this day (UTC) or instant") @RequestParam(required = false) String from,
                                @Parameter(description = "answers made up to this day (included) or before this instant") @RequestParam(required = false) String to,
                                @Parameter(description = "answers of this organization's people") @RequestParam(required = false) String workforce,
                                @Parameter(description = "every (default) or consensus (csv, parquet)") @RequestParam(required = false) String answers,
                                @Parameter(description = "mv, wawa, ds, ocds or mace") @RequestParam(required = false) String aggregate,
                                @Parameter(description = "parquet: the dataset card's licence") @RequestParam(required = false) String license) {
        var access = projects.access(caller, projectId);
        ExportRequest request = requests.of(access, format, question, includeUnlabeled, aggregate, review, from, to, workforce,
                answers, license);
        writer.check(access, request);
        return writer.write(access, request, OutputStream.nullOutputStream(), () -> { });
    }

    @GetMapping("/export/formats")
    @Operation(operationId = "listExportFormats", summary = "The export formats of this project's task type, in menu order: id, file extension, media type")
    List<ExportRequests.FormatOption> exportFormats(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return ExportRequests.options(access.project().taskType());
    }
}
