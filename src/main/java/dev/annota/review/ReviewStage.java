package dev.annota.review;

/** The steps an annotation may pass after labeling: a review, then quality assurance of accepted reviews. */
public enum ReviewStage {
    REVIEW, QA
}
