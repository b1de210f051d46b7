package dev.annota.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;

import dev.annota.AnnotaApplication;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The application refuses to run on PostgreSQL as a role that row-level security would not bind. On a fresh database
 * (migrated by the owner, as in production) the guard's check is run as each kind of role, and the real application
 * is started once as a superuser to show the refusal stops the start.
 */
@PostgresTest
class DatabaseRoleGuardTests {

    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final String SUPERUSER = "annota_test_super_" + SUFFIX;
    private static final String BYPASS = "annota_test_bypass_" + SUFFIX;
    private static final String REFUSAL = "row-level security would not isolate tenants";

    private static PostgresDatabase db;

    @BeforeAll
    static void rolesThatRowLevelSecurityDoesNotBind() throws SQLException {
        db = PostgresDatabase.create();
        try (var c = db.connectAsAdmin(); var s = c.createStatement()) {
            s.execute("create role " + SUPERUSER + " login superuser password '" + PostgresDatabase.PASSWORD + "'");
            s.execute("create role " + BYPASS + " login nosuperuser bypassrls password '" + PostgresDatabase.PASSWORD + "'");
        }
    }

    @AfterAll
    static void dropDatabaseAndRoles() throws SQLException {
        if (db == null) {
            return;
        }
        db.drop();
        try (var c = PostgresDatabase.connectToServerAsAdmin(); var s = c.createStatement()) {
            s.execute("drop role if exists " + SUPERUSER);
            s.execute("drop role if exists " + BYPASS);
        }
    }

    @Test
    void theApplicationRefusesToStartAsASuperuser() {
        // Command-line arguments, because they outrank the test defaults (an H2 URL); default properties would not.
        assertThatThrownBy(() -> new SpringApplicationBuilder(AnnotaApplication.class)
                .run("--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + SUPERUSER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                        "--annota.migration.username=" + PostgresDatabase.OWNER,
                        "--annota.migration.password=" + PostgresDatabase.PASSWORD,
                        "--spring.main.banner-mode=off")
                .close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("'" + SUPERUSER + "'")
                        .hasMessageContaining(REFUSAL));
    }

    @Test
    void theGuardRefusesASuperuser() {
        assertThatThrownBy(() -> guardAs(SUPERUSER)).hasMessageContaining(REFUSAL);
    }

    @Test
    void theGuardRefusesABypassRlsRole() {
        assertThatThrownBy(() -> guardAs(BYPASS)).hasMessageContaining(REFUSAL);
    }

    @Test
    void theGuardRefusesTheOwnerOfTheTables() {
        assertThatThrownBy(() -> guardAs(PostgresDatabase.OWNER)).hasMessageContaining(REFUSAL);
    }

    @Test
    void theGuardAcceptsTheApplicationRole() {
        assertThatNoException().isThrownBy(() -> guardAs(PostgresDatabase.APP));
    }

    /** The guard as the application wires it, on a connection as the given role; needs the migrated schema. */
    private static void guardAs(String role) throws SQLException {
        migrated();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), role, PostgresDatabase.PASSWORD);
        new DatabaseRoleGuard(JdbcClient.create(dataSource), new TenantTransactionManager(dataSource, true), dataSource).check();
    }

    @Test
    void theGuardRefusesAReadDatabaseRoleThatRowLevelSecurityWouldNotBindThoughThePrimaryRoleIsRight() throws SQLException {
        migrated();
        var primary = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), PostgresDatabase.APP, PostgresDatabase.PASSWORD);
        var read = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), PostgresDatabase.OWNER, PostgresDatabase.PASSWORD);
        var routing = new ReadRouting(primary, read);
        assertThatThrownBy(() -> new DatabaseRoleGuard(JdbcClient.create(routing), new TenantTransactionManager(routing, true), routing).check())
                .hasMessageContaining(REFUSAL).hasMessageContaining("ANNOTA_READ_DATABASE_USERNAME");
        var both = new ReadRouting(primary, primary);
        assertThatNoException().isThrownBy(() -> new DatabaseRoleGuard(JdbcClient.create(both), new TenantTransactionManager(both, true), both).check());
    }

    private static synchronized void migrated() {
        org.flywaydb.core.Flyway.configure()
                .dataSource(db.url(), PostgresDatabase.OWNER, PostgresDatabase.PASSWORD)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .placeholders(java.util.Map.of("app_role", PostgresDatabase.APP))
                .load().migrate();
    }
}
