package dev.annota.review.internal;

/** The review queue's guarantees on the embedded database (H2 in PostgreSQL mode, the tests' default). */
class H2ReviewTests extends ReviewScenario {
}
