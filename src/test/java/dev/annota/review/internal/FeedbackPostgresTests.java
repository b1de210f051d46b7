package dev.annota.review.internal;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rework task, the feedback inbox, replies and item states over HTTP on PostgreSQL, under row-level security. */
@PostgresTest
class FeedbackPostgresTests extends FeedbackApiTests {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
