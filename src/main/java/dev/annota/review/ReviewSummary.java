package dev.annota.review;

import java.util.Map;

/**
 * A project's reviews counted per stage and state (an expired lease counts as waiting); {@code items}: the items that
 * have reviews, counted by where they stand (NEEDS_REWORK, IN_REVIEW, IN_QA, LABELING, ACCEPTED, REJECTED).
 */
public record ReviewSummary(Map<ReviewStage, Counts> stages, Map<String, Long> items) {

    public record Counts(long waiting, long inReview, long accepted, long corrected, long rejected) {
    }
}
