package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * An item leased to an annotator. The assignment id is the lease's fencing token: once the lease ends (submitted,
 * skipped, or expired and taken by someone else) no submit under it is accepted. {@code predictions} are the item's
 * model pre-annotations ({@code [{"model", "score"?, "answer"}]}, empty when none) for the workbench to pre-fill; the
 * first one is what the server compares the submitted answer with. {@code rework}: present only when the task is a
 * rejected answer to do again, with the reviewer's feedback (left out of the JSON otherwise). {@code shownOrder}: on a
 * comparison, the order to show the responses in ({@code shownOrder[k]} is the response at position k), drawn for this
 * assignment ({@link dev.annota.schema.ShownOrder}); the answer's {@code shown_order} repeats it. Left out otherwise.
 * {@code watermark}: on a project with leak marks, the annotator's pseudonym for the workbench to show faintly over the
 * task (its text then carries this assignment's invisible marks, {@link dev.annota.item.LeakMarks}); left out otherwise.
 */
public record Task(UUID assignmentId, UUID projectId, UUID itemId, JsonNode data, int schemaVersion,
                   Instant leaseExpiresAt, JsonNode predictions, @JsonInclude(JsonInclude.Include.NON_NULL) Rework rework,
                   @JsonInclude(JsonInclude.Include.NON_NULL) int[] shownOrder,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String watermark) {

    /**
     * A rework: the review that rejected the answer, the round the resubmission will be (2 for the first rework), the
     * reviewer's feedback (overall and per question) and the rejected answer.
     */
    public record Rework(UUID reviewId, int round, String feedback, JsonNode questionFeedback, JsonNode previousAnswer) {
    }
}
