/**
 * Review: a share of the submitted annotations passes a review stage and, optionally, a QA stage. Sampling listens to
 * the queue's {@code AnswerSubmitted} after the submit committed; reviewers claim reviews under a lease with a fencing
 * token, as annotators claim items; every decision is recorded and published as {@link dev.annota.review.ReviewDecided}.
 * <p>
 * Owns the tables: review_settings, reviews, review_decisions, review_replies. Another module's SQL may name them only as
 * TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"annotation", "conflict", "crypto", "identity", "item", "operations", "project", "quality", "schema", "statistics", "tenancy", "work"})
package dev.annota.review;
