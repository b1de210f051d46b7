package dev.annota.project;

import java.sql.Connection;
import java.sql.SQLException;

import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The project purge on PostgreSQL, the application connected as its role under row-level security (each module's
 * deletion runs in the tenant's transaction and sees only its rows), checked from outside as the server's superuser.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProjectPurgePostgresTests extends ProjectPurgeScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }

    @Override
    Connection inspector() throws SQLException {
        return PostgresDatabase.shared().connectAsAdmin();
    }
}
