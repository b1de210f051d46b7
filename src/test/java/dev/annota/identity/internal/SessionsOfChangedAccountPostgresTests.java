package dev.annota.identity.internal;

import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sessions of a changed account end on PostgreSQL, where the sessions are rows of {@code spring_session} (no
 * row-level security on it) and the application connects as its role without BYPASSRLS.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class SessionsOfChangedAccountPostgresTests extends SessionsOfChangedAccountScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }
}
