package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import dev.annota.annotation.AnnotatorCount;
import dev.annota.annotation.Annotations;
import dev.annota.annotation.Consensus;
import dev.annota.annotation.ExportFormat;
import dev.annota.annotation.ExportReview;
import dev.annota.annotation.ExportSummary;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.statistics.AggregationMethod;
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
class AnnotationController {

    private final Projects projects;
    private final Annotations annotations;
    private final LabelExport export;
    private final TrainingExport training;

    AnnotationController(Projects projects, Annotations annotations, LabelExport export, TrainingExport training) {
        this.training = training;
        this.projects = projects;
        this.annotations = annotations;
        this.export = export;
    }

    private static final String FORMAT = "jsonl (every task type), trl (response comparison), sft (demonstration) or coco "
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
            + "predictions and annotations), trl (comparison preference pairs), sft (demonstrations), coco (boxes); "
            + "422 for a format that does not fit the project's task type; with aggregate=mv|wawa|ds|ocds|mace (jsonl) each "
            + "line gains a consensus object: method, answer and confidence per aggregated question; review=all (default: "
            + "every answer as submitted), accepted (only annotations accepted or corrected in every review stage they "
            + "entered, a correction replacing the answer, the submitted one kept as original_answer; items without "
            + "accepted work left out) or history (jsonl only: every annotation with review {status, answer, history: "
            + "[stage, state, decision, decision_id, reviewer pseudonym, feedback, question_feedback, correction, "
            + "schema_version, decided_at]} and supersedes)")
    @ApiResponse(responseCode = "200", description = "The labels, streamed as a download (Content-Disposition names the file)", content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary",
                    description = "jsonl, trl, sft: one JSON object a line")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary",
                    description = "coco: one COCO document"))})
    void export(CurrentUser caller, @PathVariable UUID projectId,
                @Parameter(description = FORMAT) @RequestParam(defaultValue = "jsonl") String format,
                @Parameter(description = QUESTION) @RequestParam(required = false) String question,
                @Parameter(description = UNLABELED) @RequestParam(defaultValue = "false") boolean includeUnlabeled,
                @Parameter(description = "mv, wawa, ds, ocds or mace (jsonl only): each line gains the consensus of that "
                        + "aggregation method") @RequestParam(required = false) String aggregate,
                @Parameter(description = "all (default), accepted or history (jsonl only)") @RequestParam(required = false) String review,
                HttpServletResponse response) throws IOException {
        Asked asked = asked(caller, projectId, format, review);
        ExportFormat shape = asked.format();
        var method = aggregate == null || aggregate.isBlank() ? null : Consensus.method(aggregate);
        if (shape != ExportFormat.JSONL) {
            training.question(asked.access().project(), question); // a wrong question name is a 422 before any byte is sent
        }
        response.setContentType(shape.contentType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + (shape == ExportFormat.JSONL ? "labels" : shape.id())
                + "-" + projectId + "." + shape.extension() + "\"");
        write(asked, includeUnlabeled, method, question, response.getOutputStream());
    }

    @GetMapping("/export/summary")
    @Operation(operationId = "getExportSummary", summary = "What the export in that format holds now: records, annotations, items, and what it skips "
            + "(tied pairs for trl, annotations without an answer to the exported question); review: the filter applied; "
            + "reviewed: every annotation of the project by its standing after review {accepted, corrected, rejected, "
            + "inReview, unreviewed}")
    ExportSummary exportSummary(CurrentUser caller, @PathVariable UUID projectId,
                                @Parameter(description = FORMAT) @RequestParam(defaultValue = "jsonl") String format,
                                @Parameter(description = QUESTION) @RequestParam(required = false) String question,
                                @Parameter(description = UNLABELED) @RequestParam(defaultValue = "false") boolean includeUnlabeled,
                                @Parameter(description = "all (default), accepted or history (jsonl only)") @RequestParam(required = false) String review) {
        return write(asked(caller, projectId, format, review), includeUnlabeled, null, question, OutputStream.nullOutputStream());
    }

    /** An export the caller may make: of a project they manage, in a format its task type has, reviewed as the format allows. */
    private record Asked(ProjectAccess access, ExportFormat format, ExportReview review) {
    }

    private Asked asked(CurrentUser caller, UUID projectId, String format, String review) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        ExportFormat shape = ExportFormat.of(format, access.project().taskType());
        ExportReview filter = ExportReview.of(review);
        filter.requireFits(shape);
        return new Asked(access, shape, filter);
    }

    /** Every task type's jsonl is written by LabelExport, the training formats by TrainingExport. */
    private ExportSummary write(Asked asked, boolean includeUnlabeled, AggregationMethod method, String question, OutputStream out) {
        return asked.format() == ExportFormat.JSONL
                ? export.write(asked.access(), !includeUnlabeled, method, asked.review(), out)
                : training.write(asked.access(), asked.format(), question, asked.review(), out);
    }
}
