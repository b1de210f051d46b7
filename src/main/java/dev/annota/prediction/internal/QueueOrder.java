package dev.annota.prediction.internal;

/** The order the project's claim takes its open items in. */
enum QueueOrder {
    /** Import order (item id), as without a prediction service. */
    ID,
    /**
     * Active learning, least confident first: the claim takes the items the model is least sure of (lowest score)
     * first; items it has not scored yet count as the least sure.
     */
    LEAST_CONFIDENT;

    /** The item's rank in the claim's order for a prediction of this score (null: no score, ranked first). */
    static int rank(Double score) {
        return score == null ? 0 : (int) Math.round(Math.max(0, Math.min(1, score)) * 1_000_000);
    }
}
