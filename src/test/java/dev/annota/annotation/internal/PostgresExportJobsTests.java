package dev.annota.annotation.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/**
 * The export jobs on PostgreSQL, as the application role under row-level security: the runner finds the queued job
 * through {@code pending_export_jobs} (V33_1), takes it with {@code FOR UPDATE SKIP LOCKED}, stores the sealed chunks.
 */
@OnSharedPostgres
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
class PostgresExportJobsTests extends ExportJobsApiTests {
}
