package dev.annota.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Organization deletion on PostgreSQL, the application connected as its role under row-level security (the deletion
 * needs no privileged role), and checked from outside as the server's superuser, who sees every tenant's rows.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class OrganizationDeletionPostgresTests extends OrganizationDeletionScenario {

    @Override
    Connection inspector() throws SQLException {
        return PostgresDatabase.shared().connectAsAdmin();
    }
}
