package dev.annota.annotation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What review made of one annotation, as exports and aggregation see it: every stage it entered (in review order) and
 * from those its standing and the answer that now stands for it. Built by the review module through
 * {@link AnnotationReviews}; the rules live here so exports and consensus read them one way.
 */
public record AnnotationReview(UUID annotationId, UUID itemId, List<Step> steps) {

    /** Where an annotation stands after review. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AnnotationReviewStatus") // named apart from the API's other Status
    public enum Status {
        /** Entered no review stage. */
        UNREVIEWED,
        /** Entered a stage that is not decided yet. */
        IN_REVIEW,
        /** Accepted, unchanged, in every stage it entered. */
        ACCEPTED,
        /** Accepted in every stage it entered, corrected by a reviewer in at least one. */
        CORRECTED,
        /** Rejected in a stage. */
        REJECTED;

        /** Accepted work: accepted or corrected in every stage it entered. */
        public boolean accepted() {
            return this == ACCEPTED || this == CORRECTED;
        }
    }

    /**
     * One stage the annotation entered: its state ({@code WAITING}, {@code LEASED}, {@code ACCEPTED}, {@code CORRECTED},
     * {@code REJECTED}) and, once decided, the decision with its texts; {@code reviewer} is the reviewer's pseudonym.
     * {@code feedback} and {@code questionFeedback} are null unless the texts were asked for.
     */
    public record Step(String stage, String state, UUID decisionId, String decision, String reviewer, String feedback,
                       JsonNode questionFeedback, JsonNode correction, Integer schemaVersion, Instant decidedAt) {
    }

    public AnnotationReview {
        steps = List.copyOf(steps);
    }

    /** An annotation without any review. */
    public static AnnotationReview none(UUID annotationId, UUID itemId) {
        return new AnnotationReview(annotationId, itemId, List.of());
    }

    public Status status() {
        if (steps.isEmpty()) {
            return Status.UNREVIEWED;
        }
        boolean corrected = false;
        boolean open = false;
        for (Step step : steps) {
            switch (step.state()) {
                case "REJECTED" -> {
                    return Status.REJECTED;
                }
                case "CORRECTED" -> corrected = true;
                case "ACCEPTED" -> { }
                default -> open = true;
            }
        }
        return open ? Status.IN_REVIEW : corrected ? Status.CORRECTED : Status.ACCEPTED;
    }

    /**
     * The answer that stands for the annotation: the latest reviewer's correction (a QA correction over a REVIEW one),
     * or {@code original} when nobody corrected it.
     */
    public JsonNode standing(JsonNode original) {
        JsonNode answer = original;
        for (Step step : steps) {
            if (step.correction() != null && !step.correction().isNull() && !step.correction().isMissingNode()) {
                answer = step.correction();
            }
        }
        return answer;
    }
}
