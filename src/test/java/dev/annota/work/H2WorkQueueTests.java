package dev.annota.work;

/** The work queue's guarantees on the embedded database (H2 in PostgreSQL mode, the tests' default). */
class H2WorkQueueTests extends WorkQueueScenario {
}
