package dev.annota.web.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/** The isolation proof on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
// A context of its own stays cached for the rest of the test JVM: keep its idle connections few, the server's slots
// are shared with every other PostgreSQL test context.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class PostgresIsolationProofTests extends IsolationProofTests {
}
