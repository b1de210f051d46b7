package dev.annota.work.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import dev.annota.work.Submission;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Work queue", description = "Next task, submit and skip, under a lease")
record WorkController(Projects projects, WorkQueue queue, JsonMapper json) {

    private static final String IDEMPOTENCY_KEY = "1 to 100 characters, new for each new answer: a retry with the same key "
            + "is answered with the first one's outcome and stores nothing (Idempotent-Replayed: true)";
    private static final String ACTIVE_MILLIS = "The active time the workbench counted on the lease, whole milliseconds "
            + "(absent is 0); stored bounded by the lease's actual duration";

    @PostMapping("/tasks/next")
    @Operation(operationId = "claimNextTask", summary = "Claim the next item slot (or get back the one you hold); 204 when nothing is left for you. "
            + "A rejected answer waiting for you comes first: the task then carries rework {reviewId, round, feedback, "
            + "questionFeedback, previousAnswer} beside the item, and its submit stores a new annotation that supersedes "
            + "the rejected one and goes back to review. 503 (problem document, Retry-After) from an instance that is "
            + "shutting down: ask again, another instance answers")
    @ApiResponse(responseCode = "200", description = "The task: the item, its schema and the lease")
    @ApiResponse(responseCode = "204", description = "Nothing is left for you on this project")
    @ApiResponse(responseCode = "429", description = "Claims come too fast (Retry-After says when to try again)")
    ResponseEntity<Task> next(CurrentUser caller, @PathVariable UUID projectId) {
        return queue.next(caller, projectId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/assignments/{assignmentId}/annotation")
    @Operation(operationId = "submitAnnotation", summary = "Submit the answer for a leased item; a retry with the same assignment or Idempotency-Key is answered once. "
            + "Header Active-Millis: the active time the workbench counted on the lease (whole milliseconds, 0 or more; "
            + "absent is 0), stored bounded by the lease's actual duration. Header Answer-Writing (optional): a JSON object, "
            + "question name -> how that free-text answer was written, aggregates only: {length, pastes, pastedChars, "
            + "pastedShare (0-1), keystrokes, medianKeyMs, typingMs, firstKeyMs, draftDistance}; see docs/trust.md")
    @ApiResponse(responseCode = "201", description = "Stored, or the answer stored for the first of these retries",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotent-Replayed",
                    description = "true when this answers a retry (nothing new was stored)",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "boolean")))
    ResponseEntity<Submission> submit(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID assignmentId,
                                      @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                                      @Parameter(description = ACTIVE_MILLIS) @RequestHeader(value = ActiveTimeBound.HEADER, required = false) String activeMillis,
                                      @Parameter(description = "How each free-text answer was written: aggregates only (docs/trust.md)")
                                      @RequestHeader(value = WritingHeader.HEADER, required = false) String writing,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The answer: an object "
                                              + "with one member per question of the project's schema (docs/label-schema.md)", required = true)
                                      @RequestBody JsonNode answer) {
        Submission submission = queue.submit(caller, projectId, assignmentId, answer, idempotencyKey,
                ActiveTimeBound.reported(activeMillis), WritingHeader.read(writing, json));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(submission.replayed()))
                .body(submission);
    }

    @PostMapping("/assignments/{assignmentId}/skip")
    @Operation(operationId = "skipTask", summary = "Give the item back for others; it never returns to you (a rework skipped goes to the pool). "
            + "Header Active-Millis as for the submit (not kept for a rework skipped)")
    @ApiResponse(responseCode = "204", description = "Given back")
    ResponseEntity<Void> skip(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID assignmentId,
                              @Parameter(description = ACTIVE_MILLIS) @RequestHeader(value = ActiveTimeBound.HEADER, required = false) String activeMillis) {
        long active = ActiveTimeBound.reported(activeMillis);
        queue.skip(projects.access(caller, projectId), assignmentId, active);
        return ResponseEntity.noContent().build();
    }
}
