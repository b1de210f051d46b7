package dev.annota.review.internal;

import dev.annota.testing.OnSharedPostgres;

/** The review queue's guarantees on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
class PostgresReviewTests extends ReviewScenario {
}
