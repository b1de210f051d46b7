package dev.annota.web.internal;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The isolation proof on PostgreSQL, as the application role under row-level security. */
@PostgresTest
class PostgresIsolationProofTests extends IsolationProofTests {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
