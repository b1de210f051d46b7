package dev.annota.review.internal;

import dev.annota.testing.OnSharedPostgres;

/** The rework task, the feedback inbox, replies and item states over HTTP on PostgreSQL, under row-level security. */
@OnSharedPostgres
class FeedbackPostgresTests extends FeedbackApiTests {
}
