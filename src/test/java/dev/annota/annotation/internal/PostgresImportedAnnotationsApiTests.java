package dev.annota.annotation.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/**
 * Imported annotations on PostgreSQL: the items through COPY, their answers after them in the same transaction, as
 * the application role under row-level security.
 */
@OnSharedPostgres
// The same properties as PostgresItemImportFormatsApiTests: both share one cached application context.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class PostgresImportedAnnotationsApiTests extends ImportedAnnotationsApiTests {
}
