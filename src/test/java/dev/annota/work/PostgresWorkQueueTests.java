package dev.annota.work;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The work queue's guarantees on PostgreSQL, as the application role under row-level security. */
@PostgresTest
class PostgresWorkQueueTests extends WorkQueueScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
