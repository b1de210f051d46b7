package dev.annota.work;

import dev.annota.testing.OnSharedPostgres;

/** The work queue's guarantees on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
class PostgresWorkQueueTests extends WorkQueueScenario {
}
