package dev.annota.annotation.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/** The exchange formats and the export filters on PostgreSQL, read through a cursor under row-level security. */
@OnSharedPostgres
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
class PostgresExchangeFormatsTests extends ExchangeFormatsApiTests {
}
