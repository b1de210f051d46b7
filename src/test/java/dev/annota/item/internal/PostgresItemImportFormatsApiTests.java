package dev.annota.item.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/** The import formats on PostgreSQL: COPY into the staging table, as the application role under row-level security. */
@OnSharedPostgres
// A context of its own stays cached for the rest of the test JVM: keep its idle connections few.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class PostgresItemImportFormatsApiTests extends ItemImportFormatsApiTests {
}
