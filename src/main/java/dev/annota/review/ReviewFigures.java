package dev.annota.review;

import java.util.List;
import java.util.UUID;

/**
 * Quality from review on one project: how the work of each annotator and each workforce (organization) fared in
 * review, how much each reviewer decided, and how often QA agreed with REVIEW on the annotations both stages decided.
 */
public record ReviewFigures(List<Annotator> annotators, List<Workforce> workforces, List<Reviewer> reviewers,
                            DoubleReviewed doubleReviewed) {

    /**
     * The review figures of a body of work. Counted per annotation by its standing after every stage it entered:
     * {@code decided} = accepted + corrected + rejected (annotations still in a stage are not counted);
     * {@code acceptanceRate} = (accepted + corrected) / decided; {@code correctionRate} = corrected / decided (rates null
     * without a decided annotation); {@code reworkRounds}: REJECT decisions (each sends the item back once);
     * {@code medianSecondsToReview}, {@code meanSecondsToReview}: submit → REVIEW decision (null without one).
     */
    public record Work(long decided, long accepted, long corrected, long rejected, Double acceptanceRate,
                       Double correctionRate, long reworkRounds, Double medianSecondsToReview, Double meanSecondsToReview) {
    }

    /** An annotator ({@code name} only within the viewer's organization) and their work. */
    public record Annotator(ReviewTask.Person annotator, UUID organizationId, Work work) {
    }

    /** A workforce: the organization of annotators (the customer's own annotators are a row too). */
    public record Workforce(UUID organizationId, String name, Work work) {
    }

    /**
     * A reviewer's decisions: per decision, both stages; {@code activeDays}: distinct UTC days with a decision;
     * {@code decisionsPerDay} = decisions / activeDays.
     */
    public record Reviewer(ReviewTask.Person reviewer, long decisions, long accepted, long corrected, long rejected,
                           long activeDays, double decisionsPerDay) {
    }

    /**
     * Annotations decided in both REVIEW and QA: {@code agreement}, the share whose QA decision equals the REVIEW
     * decision; {@code kappa}, Cohen's kappa of the two stages' decisions (null when undefined: no such annotation, or
     * both stages always gave the same single decision).
     */
    public record DoubleReviewed(long count, Double agreement, Double kappa) {
    }
}
