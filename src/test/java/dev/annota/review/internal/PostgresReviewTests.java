package dev.annota.review.internal;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review queue's guarantees on PostgreSQL, as the application role under row-level security. */
@PostgresTest
class PostgresReviewTests extends ReviewScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
