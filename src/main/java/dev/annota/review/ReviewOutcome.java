package dev.annota.review;

/** A reviewer's decision: the annotation stands, is corrected (a new version, the original kept) or is rejected. */
public enum ReviewOutcome {
    ACCEPT, CORRECT, REJECT;

    /** The state a review ends in after this decision. */
    public String state() {
        return switch (this) {
            case ACCEPT -> "ACCEPTED";
            case CORRECT -> "CORRECTED";
            case REJECT -> "REJECTED";
        };
    }
}
