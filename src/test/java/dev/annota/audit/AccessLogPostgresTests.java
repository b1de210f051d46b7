package dev.annota.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log on PostgreSQL, where the application role is bound by row-level security and by the append-only
 * trigger: tampering needs the owner role (an insider with database rights), which disables the trigger first.
 */
@PostgresTest
class AccessLogPostgresTests extends AccessLogScenario {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.shared().register(registry);
    }

    @Override
    void tamper(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.OWNER)) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("alter table audit_events disable trigger user");
            }
            run(c, tenant, sql, params);
            try (var s = c.createStatement()) {
                s.execute("alter table audit_events enable trigger user");
            }
            c.commit();
        }
    }

    private static int run(Connection c, UUID tenant, String sql, Object... params) throws SQLException {
        try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Test
    void theApplicationRoleCannotChangeOrDeleteASequencedEvent() throws Exception {
        record(customer.id(), 2);
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> run(c, customer.id(), "update audit_events set detail = 'x' where tenant_id = ? and seq = 0", customer.id()))
                    .hasMessageContaining("append-only");
            c.rollback();
            assertThatThrownBy(() -> run(c, customer.id(), "delete from audit_events where tenant_id = ?", customer.id()))
                    .hasMessageContaining("append-only");
            c.rollback();
        }
    }

    @Test
    void eventsGoOnlyInTheTransactionMarkedAsTheirOwnOrganizationsDeletion() throws Exception {
        record(customer.id(), 2);
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            // Marked as another organization's deletion: this tenant's events stay append-only.
            try (var mark = c.prepareStatement("select set_config('annota.deleting_organization', ?, true)")) {
                mark.setString(1, UUID.randomUUID().toString());
                mark.execute();
            }
            assertThatThrownBy(() -> run(c, customer.id(), "delete from audit_events where tenant_id = ?", customer.id()))
                    .hasMessageContaining("append-only");
            c.rollback();
            try (var mark = c.prepareStatement("select set_config('annota.deleting_organization', ?, true)")) {
                mark.setString(1, customer.id().toString());
                mark.execute();
            }
            assertThat(run(c, customer.id(), "delete from audit_events where tenant_id = ?", customer.id())).isEqualTo(3);
            c.rollback();
        }
        assertThat(log.treeSize(customer.id())).isEqualTo(3);
    }

    @Test
    void rowLevelSecurityHidesEveryTenantsLogFromEveryOtherTenant() throws Exception {
        record(customer.id(), 2);
        UUID other = UUID.randomUUID();
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            for (String table : new String[] {"audit_events", "audit_heads", "audit_checkpoints"}) {
                try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, other.toString());
                    set.execute();
                }
                try (var count = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
                    count.setObject(1, customer.id());
                    var rs = count.executeQuery();
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
                c.rollback();
            }
            // Writing into another tenant's log is refused by the policy's WITH CHECK.
            assertThatThrownBy(() -> run(c, other, """
                    insert into audit_events (tenant_id, id, occurred_at, action, actor_id, actor_org_id, item_count)
                    values (?, ?, ?, 'forged', ?, ?, 0)""", customer.id(), UUID.randomUUID(),
                    java.sql.Timestamp.from(Instant.now()), manager.id(), customer.id()))
                    .hasMessageContaining("row-level security");
            c.rollback();
        }
    }
}
