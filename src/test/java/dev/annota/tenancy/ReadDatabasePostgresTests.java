package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read database ({@code ANNOTA_READ_DATABASE_URL}) on PostgreSQL. A replica made inside a test would take longer
 * than the test itself, so the read URL points at the same database under another application name, which tells the
 * two pools apart; bench/faults.sh reads from a real streaming replica. As the application role:
 * {@link TenantScope#readFromReplica} reads through the read pool, in a read-only transaction, under the tenant's
 * row-level security (another tenant's rows stay invisible there too); a transaction of its own opened inside it
 * (the access-log event of an export) and every other transaction go to the primary; nothing is written through it.
 */
@OnSharedPostgres
@SpringBootTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class ReadDatabasePostgresTests {

    @DynamicPropertySource
    static void readDatabase(DynamicPropertyRegistry registry) {
        registry.add("annota.database.read-url", () -> PostgresDatabase.shared().url() + "?ApplicationName=annota-read-test");
    }

    @Autowired
    TenantScope tenants;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private String pool() {
        return jdbc.sql("select current_setting('application_name')").query(String.class).single();
    }

    @Test
    void reportsReadThroughTheReadPoolReadOnlyUnderTheTenantsRowLevelSecurityAndEverythingElseStaysOnThePrimary() {
        UUID a = organizations.create(OrganizationKind.CUSTOMER, "Read A " + UUID.randomUUID()).id();
        UUID b = organizations.create(OrganizationKind.CUSTOMER, "Read B " + UUID.randomUUID()).id();
        String text = "read-db-" + UUID.randomUUID();
        for (UUID tenant : new UUID[] {a, b}) {
            tenants.write(tenant, () -> NotificationRows.add(jdbc, tenant, text));
        }

        tenants.readFromReplica(a, () -> {
            assertThat(pool()).isEqualTo("annota-read-test");
            assertThat(jdbc.sql("select current_setting('transaction_read_only')").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(PostgresDatabase.APP);
            // B's row is there, but row-level security shows A its own only, even to SQL without a tenant filter.
            assertThat(NotificationRows.visible(jdbc, text)).isOne();
            assertThat(jdbc.sql("select count(*) from notifications where tenant_id = ?").param(b).query(Long.class).single()).isZero();
            // A transaction of its own inside (an export's access-log event, AuditLog's REQUIRES_NEW) is on the primary.
            var own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            String nested = own.execute(status -> pool());
            assertThat(nested).isNotEqualTo("annota-read-test");
            return null;
        });
        tenants.readFromReplica(b, () -> assertThat(NotificationRows.visible(jdbc, text)).isOne());

        // Nothing can be written through the read pool.
        assertThatThrownBy(() -> tenants.readFromReplica(a, () -> jdbc.sql("delete from notifications where text = ?").param(text).update()))
                .hasStackTraceContaining("read-only transaction");
        // Every other transaction, and a read joined to a transaction in progress, is on the primary.
        assertThat(tenants.read(a, this::pool)).isNotEqualTo("annota-read-test");
        assertThat(tenants.write(a, () -> tenants.readFromReplica(a, this::pool))).isNotEqualTo("annota-read-test");
        assertThat(tenants.write(a, this::pool)).isNotEqualTo("annota-read-test");
    }

    @Test
    void bothPoolsReportTheirConnectionsToTheMetricsRegistryUnderTheirOwnNames() {
        tenants.readFromReplica(organizations.create(OrganizationKind.CUSTOMER, "Read M " + UUID.randomUUID()).id(), this::pool);
        var pools = meters.find("hikaricp.connections.max").gauges().stream().map(g -> g.getId().getTag("pool")).toList();
        assertThat(pools).contains("annota-read").hasSize(2);
        assertThat(meters.get("hikaricp.connections.max").tag("pool", "annota-read").gauge().value()).isEqualTo(3.0);
    }
}
