package dev.annota.review;

import java.util.Map;

/** A project's reviews counted per stage and state (an expired lease counts as waiting). */
public record ReviewSummary(Map<ReviewStage, Counts> stages) {

    public record Counts(long waiting, long inReview, long accepted, long corrected, long rejected) {
    }
}
