package dev.annota.web.internal;

import dev.annota.testing.OnSharedPostgres;
import org.springframework.test.context.TestPropertySource;

/** Who sees whose hours, on PostgreSQL as the application role under row-level security. */
@OnSharedPostgres
// Its own cached context: few idle connections, the server's slots are shared with every other PostgreSQL context.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class PostgresActiveTimeIsolationTests extends ActiveTimeIsolationTests {
}
