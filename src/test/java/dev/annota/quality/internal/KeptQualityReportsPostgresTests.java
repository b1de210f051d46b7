package dev.annota.quality.internal;

import dev.annota.testing.OnSharedPostgres;

/** The kept quality reports on PostgreSQL: the lease taken by an UPDATE, the upsert, row-level security. */
@OnSharedPostgres
class KeptQualityReportsPostgresTests extends KeptQualityReportsApiTests {
}
