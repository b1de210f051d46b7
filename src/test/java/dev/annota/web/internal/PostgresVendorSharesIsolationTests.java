package dev.annota.web.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/** The vendor-share isolation rules on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
// The same configuration as PostgresIsolationProofTests, so the two share one cached context.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class PostgresVendorSharesIsolationTests extends VendorSharesIsolationTests {
}
