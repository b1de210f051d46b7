package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link TenantScope#alongside} on PostgreSQL as the application role under row-level security: inside tenant A's
 * write transaction, statements for tenant B see and write B's rows only, A's rows again afterwards, also after a
 * failure; what B wrote commits or rolls back with A's transaction.
 */
@OnSharedPostgres
@SpringBootTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class TenantScopeAlongsidePostgresTests {

    @Autowired
    TenantScope tenants;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RoundTrips trips;

    private String setting() {
        return jdbc.sql("select current_setting('app.tenant_id', true)").query(String.class).single();
    }

    /** The rows with this text the tenant sees. */
    private long notes(UUID tenant, String text) {
        return tenants.read(tenant, () -> NotificationRows.visible(jdbc, text));
    }

    @Test
    void statementsForAnotherTenantRunUnderItsRowLevelSecurityInsideTheOuterTransactionAndTheOuterTenantComesBack() {
        UUID a = organizations.create(OrganizationKind.CUSTOMER, "Alongside A " + UUID.randomUUID()).id();
        UUID b = organizations.create(OrganizationKind.WORKFORCE, "Alongside B " + UUID.randomUUID()).id();
        String text = "alongside-" + UUID.randomUUID();

        tenants.write(a, () -> {
            NotificationRows.add(jdbc, a, text);
            tenants.alongside(b, () -> {
                assertThat(setting()).isEqualTo(b.toString());
                assertThat(TenantScope.current()).contains(b);
                NotificationRows.add(jdbc, b, text);
                // Under B's policy, A's row is invisible and a row for A is refused.
                assertThat(NotificationRows.visible(jdbc, text)).isOne();
                return null;
            });
            assertThat(setting()).isEqualTo(a.toString());
            assertThat(TenantScope.current()).contains(a);
            assertThat(NotificationRows.visible(jdbc, text)).isOne();
        });
        assertThat(notes(a, text)).isOne();
        assertThat(notes(b, text)).isOne();

        // The other tenant's write rolls back with the outer transaction.
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        assertThatThrownBy(() -> tenants.write(a, () -> {
            tenants.alongside(b, () -> {
                NotificationRows.add(jdbc, b, rolledBack);
                return null;
            });
            throw new IllegalStateException("the act fails");
        })).hasMessage("the act fails");
        assertThat(notes(b, rolledBack)).isZero();

        // A row for A written while B is the tenant is refused by B's policy.
        assertThatThrownBy(() -> tenants.write(a, () -> tenants.alongside(b, () -> {
            NotificationRows.add(jdbc, a, "refused");
            return null;
        }))).hasStackTraceContaining("row-level security");

        // A failure inside gives the outer tenant back to the thread.
        tenants.write(a, () -> {
            assertThatThrownBy(() -> tenants.alongside(b, () -> {
                throw new IllegalArgumentException("inside");
            })).hasMessage("inside");
            assertThat(TenantScope.current()).contains(a);
            assertThat(setting()).isEqualTo(a.toString());
        });
        assertThat(TenantScope.current()).isEmpty();
    }

    @Test
    void aWriteAtCommitForAnotherTenantLandsInItsRowsAndTheWritesAfterItInTheTransactionsTenant() {
        UUID a = organizations.create(OrganizationKind.CUSTOMER, "At commit A " + UUID.randomUUID()).id();
        UUID b = organizations.create(OrganizationKind.WORKFORCE, "At commit B " + UUID.randomUUID()).id();
        String text = "at-commit-" + UUID.randomUUID();
        String insert = NotificationRows.INSERT;
        tenants.write(a, () -> {
            trips.atCommitFor(b, 1, insert, b, UUID.randomUUID(), UUID.randomUUID(), text, Timestamp.from(Instant.now()));
            trips.atCommit(1, insert, a, UUID.randomUUID(), UUID.randomUUID(), text, Timestamp.from(Instant.now()));
            // Nothing is written before the commit.
            assertThat(NotificationRows.visible(jdbc, text)).isZero();
        });
        assertThat(notes(a, text)).isOne();
        assertThat(notes(b, text)).isOne();
    }

    @Test
    void itRunsOnlyInsideATenantsWriteTransaction() {
        UUID b = UUID.randomUUID();
        assertThatThrownBy(() -> tenants.alongside(b, () -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tenants.read(UUID.randomUUID(), () -> tenants.alongside(b, () -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
