package dev.annota.work;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gold step of the claim and the gold import (COPY) on PostgreSQL, as the application role under row-level security. */
@PostgresTest
class PostgresGoldTests extends GoldScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
