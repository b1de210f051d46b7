package dev.annota.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.annota.audit.AuditEvent;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WebhookReceiver;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.annota.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Witnesses on PostgreSQL: two instances on one database deliver concurrently (each sweeping every few milliseconds
 * and sending right after its own commits) and every checkpoint reaches the witness exactly once; and the witnesses'
 * tables are under row-level security like every tenant-owned table.
 */
@PostgresTest
class WitnessesOnTwoInstancesPostgresTests {

    private static PostgresDatabase db;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        db = PostgresDatabase.create();
        String[] settings = {"--annota.webhooks.allowed-hosts=127.0.0.1", "--annota.witnesses.sweep-interval=20ms"};
        first = RunningApplication.on(db, settings);
        second = RunningApplication.on(db, settings);
    }

    @AfterAll
    static void stop() {
        RunningApplication.stopAll(db, second, first);
    }

    private record Lab(Organization org, CurrentUser admin) {
    }

    private static Lab lab(String name) {
        Fixtures fixtures = first.getBean(Fixtures.class);
        Organization org = fixtures.organization(OrganizationKind.CUSTOMER, name);
        return new Lab(org, fixtures.user(org, Role.ADMIN));
    }

    private static void act(ConfigurableApplicationContext instance, Lab lab) {
        instance.getBean(AuditLog.class).record(AuditEvent.administrative(lab.org().id(), AuditEvent.LOG_DOWNLOAD,
                lab.admin().id(), lab.org().id(), null, null, null, Instant.now()));
    }

    @Test
    void twoInstancesDeliveringAtOnceSendEachCheckpointToTheWitnessExactlyOnce() throws Exception {
        Lab lab = lab("Two instances witnessed");
        UUID tenant = lab.org().id();
        try (var receiver = WebhookReceiver.answering(200)) {
            first.getBean(Witnesses.class).add(tenant, lab.admin().id(), tenant, receiver.url());

            // Besides each instance's own sweep and its sends after commit, two more threads per instance ask for due
            // deliveries in a tight loop: four claimers race for every delivery.
            var stop = new AtomicBoolean();
            var sent = new AtomicInteger();
            var racers = new ArrayList<Thread>();
            for (var instance : List.of(first, second, first, second)) {
                WitnessDelivery delivery = instance.getBean(WitnessDelivery.class);
                racers.add(Thread.ofVirtual().start(() -> {
                    while (!stop.get()) {
                        sent.addAndGet(delivery.runDue());
                    }
                }));
            }
            int checkpoints = 30;
            for (int i = 0; i < checkpoints; i++) {
                var instance = i % 2 == 0 ? first : second;
                act(instance, lab);
                instance.getBean(AuditLog.class).integrate(tenant);
            }
            TenantScope tenants = first.getBean(TenantScope.class);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            List<Long> signed = tenants.read(tenant, () -> jdbc.sql("select tree_size from audit_checkpoints where tenant_id = ? "
                    + "and tree_size > 1 order by tree_size").param(tenant).query(Long.class).list());
            await("every checkpoint at the witness", Duration.ofSeconds(60), () -> receiver.accepted().stream()
                    .map(r -> Long.parseLong(r.note().split("\n")[1])).distinct().count() >= signed.size());
            Thread.sleep(1500);
            stop.set(true);
            for (Thread racer : racers) {
                racer.join();
            }

            var sizes = receiver.received.stream().map(r -> Long.parseLong(r.note().split("\n")[1])).toList();
            assertThat(sizes).as("each checkpoint once").doesNotHaveDuplicates().containsAll(signed);
            assertThat(receiver.received.stream().map(WebhookReceiver.Received::id).toList()).doesNotHaveDuplicates();
            assertThat(tenants.read(tenant, () -> jdbc.sql("select count(*) from witness_deliveries where tenant_id = ? "
                    + "and (state <> 'DELIVERED' or attempts <> 1)").param(tenant).query(Long.class).single()))
                    .as("every delivery sent once and delivered").isZero();
            assertThat(jdbc.sql("select count(*) from witness_due where tenant_id = ?").param(tenant).query(Long.class).single()).isZero();
            System.out.printf("[%s] %d checkpoints delivered once each; %d sends by the racing threads%n",
                    getClass().getSimpleName(), sizes.size(), sent.get());
        }
    }

    @Test
    void theWitnessTablesShowATransactionOnlyItsOwnTenantsRows() throws Exception {
        Lab a = lab("RLS witnessed A");
        Lab b = lab("RLS witnessed B");
        try (var receiver = WebhookReceiver.answering(200)) {
            for (Lab lab : List.of(a, b)) {
                first.getBean(Witnesses.class).add(lab.org().id(), lab.admin().id(), lab.org().id(), receiver.url());
                act(first, lab);
                first.getBean(AuditLog.class).integrate(lab.org().id());
            }
            await("a delivery to each", Duration.ofSeconds(60), () -> receiver.accepted().size() >= 2);
        }
        var tables = List.of("witnesses", "witness_deliveries", "witness_attempts");
        try (Connection app = db.connect(PostgresDatabase.APP)) {
            app.setAutoCommit(false);
            for (String table : tables) {
                assertThat(count(app, "select count(*) from " + table)).as(table + " without a tenant").isZero();
                app.rollback();
                setTenant(app, b.org().id());
                assertThat(count(app, "select count(*) from " + table + " where tenant_id = ?", a.org().id()))
                        .as(table + ": A's rows in B's transaction").isZero();
                assertThat(count(app, "select count(*) from " + table + " where tenant_id = ?", b.org().id()))
                        .as(table + ": B's own rows").isPositive();
                assertThat(count(app, "select count(*) from " + table + " where tenant_id <> ?", b.org().id())).isZero();
                app.rollback();
            }
            setTenant(app, b.org().id());
            assertThatThrownBy(() -> count(app, "with moved as (insert into witnesses (tenant_id, id, url, secret, state, created_by, created_at) "
                    + "values (?, gen_random_uuid(), 'http://127.0.0.1/', 'x', 'ACTIVE', gen_random_uuid(), now()) returning 1) "
                    + "select count(*) from moved", a.org().id())).hasMessageContaining("row-level security");
            app.rollback();
            setTenant(app, b.org().id());
            assertThat(update(app, "update witnesses set state = 'DISABLED' where tenant_id = ?", a.org().id())).isZero();
            assertThat(update(app, "delete from witness_deliveries where tenant_id = ?", a.org().id())).isZero();
            app.rollback();
        }
    }

    private static void setTenant(Connection c, UUID tenant) throws SQLException {
        try (var s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            s.setString(1, tenant.toString());
            s.execute();
        }
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
