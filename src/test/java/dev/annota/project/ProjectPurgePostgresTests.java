package dev.annota.project;

import java.sql.Connection;
import java.sql.SQLException;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The project purge on PostgreSQL, the application connected as its role under row-level security (each module's
 * deletion runs in the tenant's transaction and sees only its rows), checked from outside as the server's superuser.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProjectPurgePostgresTests extends ProjectPurgeScenario {
    @Override
    Connection inspector() throws SQLException {
        return PostgresDatabase.shared().connectAsAdmin();
    }
}
