package dev.annota.identity.internal;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Sessions of a changed account end on PostgreSQL, where the sessions are rows of {@code spring_session} (no
 * row-level security on it) and the application connects as its role without BYPASSRLS.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class SessionsOfChangedAccountPostgresTests extends SessionsOfChangedAccountScenario {
}
