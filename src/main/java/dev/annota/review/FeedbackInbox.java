package dev.annota.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * An annotator's feedback on their own answers, newest first: review decisions and missed gold items, with their
 * acceptance figures over all their reviewed answers; {@code next}: pass as {@code before} for the next page (null at
 * the end).
 */
public record FeedbackInbox(List<Entry> entries, Acceptance acceptance, UUID next) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "FeedbackKind") // named apart from the API's other Kind
    public enum Kind {
        REVIEW, GOLD
    }

    /**
     * One entry. {@code id}: the decision's id (REVIEW) or the gold assignment's (GOLD); {@code decision}, {@code stage},
     * {@code feedback}, {@code questionFeedback}: REVIEW only; {@code correction}: the corrected answer of a CORRECT;
     * {@code expected}: GOLD only, the known answer; {@code yourAnswer}: the answer the entry is about;
     * {@code reply}: the annotator's reply, once; {@code canReply}: a REVIEW entry without a reply yet.
     */
    public record Entry(UUID id, Kind kind, UUID projectId, UUID itemId, ReviewOutcome decision, ReviewStage stage,
                        String feedback, JsonNode questionFeedback, JsonNode yourAnswer, JsonNode correction, JsonNode expected,
                        Instant at, Reply reply, boolean canReply) {
    }

    /** The annotator's one reply to a decision. */
    public record Reply(String text, Instant at) {
    }

    /** Decisions on the annotator's answers; {@code rate}: accepted / reviewed, null before the first decision. */
    public record Acceptance(long reviewed, long accepted, long corrected, long rejected, Double rate) {
    }
}
