package dev.annota.annotation;

import tools.jackson.databind.JsonNode;

/**
 * How review shapes the input of aggregation, so a corrected answer outweighs the original while every method's
 * mathematics stays as it is: a reviewer's correction takes the place of the annotation's answer (a vote of that
 * annotator on that item, so no worker counts twice), and an answer a reviewer rejected is left out (it is wrong by
 * the reviewer's say, and its rework, once submitted, is the annotator's vote). Accepted, waiting and unreviewed
 * answers count as submitted.
 */
public final class ReviewedVotes {

    private ReviewedVotes() {
    }

    /** The answer aggregation takes for an annotation, or null to leave it out; {@code review} null: never reviewed. */
    public static JsonNode input(AnnotationReview review, JsonNode submitted) {
        if (review == null) {
            return submitted;
        }
        if (review.status() == AnnotationReview.Status.REJECTED) {
            return null;
        }
        return review.standing(submitted);
    }
}
