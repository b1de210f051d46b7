package dev.annota.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import dev.annota.audit.internal.AuditLog;
import dev.annota.audit.internal.SignedNote;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of access log appends with periodic checkpoints, on PostgreSQL (a fresh database; run it explicitly, it is
 * not part of the test suite):
 * <pre>
 * ./mvnw -q test -Dtest=AccessLogAppendBenchmark -Dannota.bench=true \
 *     [-Dbench.threads=16] [-Dbench.seconds=20] [-Dbench.perTransaction=1]
 * </pre>
 * {@code bench.threads} appenders each record events through {@link AccessLog#record} in transactions of their own
 * ({@code bench.perTransaction} events each, 1 = one claim) for {@code bench.seconds}; meanwhile the scheduler
 * sequences and signs a checkpoint every second. The figure counts only events that are in a signed checkpoint when
 * the run ends (the final catch-up included in the time), then checks that checkpoint against the events.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "annota.bench", matches = "true",
        disabledReason = "a benchmark: run it with -Dannota.bench=true")
@SpringBootTest(properties = {"annota.audit.checkpoint-interval=1s", "spring.datasource.hikari.maximum-pool-size=40",
        "annota.audit.sweep-interval=1h", "annota.audit.sweep-initial-delay=1h"})
class AccessLogAppendBenchmark {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        PostgresDatabase.create().register(registry);
    }

    @Autowired AccessLog accessLog;
    @Autowired AuditLog log;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired dev.annota.tenancy.TenantScope tenants;

    @Test
    void appendsWithPeriodicCheckpoints() throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int perTransaction = Integer.getInteger("bench.perTransaction", 1);
        Organization org = organizations.create(OrganizationKind.CUSTOMER, "Bench " + UUID.randomUUID());
        UUID tenant = org.id();
        UUID actor = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        var appended = new LongAdder();
        var stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long checkpointsBefore = 0;
        Instant start = Instant.now();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (!stop.get()) {
                        if (perTransaction == 1) {
                            accessLog.record(event(tenant, actor, project));
                        } else {
                            // Several events in one tenant transaction (e.g. a batch of administrative acts).
                            tenants.write(tenant, () -> {
                                for (int i = 0; i < perTransaction; i++) {
                                    accessLog.record(event(tenant, actor, project));
                                }
                            });
                        }
                        appended.add(perTransaction);
                    }
                    return null;
                }));
            }
            stopAfter(seconds, stop, futures);
        } finally {
            pool.shutdownNow();
        }
        Instant appendsDone = Instant.now();
        var checkpoint = log.integrate(tenant);
        Instant end = Instant.now();

        long checkpoints = tenants.read(tenant, () -> jdbc.sql("select count(*) from audit_checkpoints where tenant_id = ?")
                .param(tenant).query(Long.class).single());
        double appendSeconds = Duration.between(start, appendsDone).toNanos() / 1e9;
        double totalSeconds = Duration.between(start, end).toNanos() / 1e9;
        System.out.printf("""
                ACCESS LOG APPEND BENCHMARK (PostgreSQL %s)
                  threads=%d, events per transaction=%d, run=%ds, checkpoint interval 1s, batch up to %s
                  events appended (committed):      %,d in %.2f s = %,.0f events/s
                  events in the final checkpoint:   %,d, catch-up after the run %.2f s
                  end-to-end (appended and signed): %,.0f events/s
                  checkpoints signed during the run: %d
                %n""", jdbc.sql("show server_version").query(String.class).single(), threads, perTransaction, seconds,
                System.getProperty("annota.audit.batch-size", "10000"), appended.sum(), appendSeconds, appended.sum() / appendSeconds,
                checkpoint.size(), Duration.between(appendsDone, end).toNanos() / 1e9, checkpoint.size() / totalSeconds,
                checkpoints - checkpointsBefore);
        assertThat(checkpoint.size()).isEqualTo(appended.sum());
        assertThat(SignedNote.verify(checkpoint.note(), log.publicKey()).size()).isEqualTo(appended.sum());
        // The signed root is the root of the stored events, recomputed from their canonical lines.
        var tree = dev.annota.audit.internal.CompactRange.empty();
        log.lines(tenant, 0, checkpoint.size(), line -> tree.append(
                dev.annota.audit.internal.Merkle.leafHash(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(tree.root()).isEqualTo(checkpoint.root());
    }

    /**
     * The serial part alone: {@code bench.pending} pending events, then timed: one
     * {@link AuditLog#integrate} that sequences them, hashes each into the tree, and signs a checkpoint per batch.
     */
    @Test
    void sequencingAndSigningPendingEvents() throws Exception {
        int pending = Integer.getInteger("bench.pending", 200_000);
        UUID tenant = organizations.create(OrganizationKind.CUSTOMER, "Bench " + UUID.randomUUID()).id();
        UUID actor = UUID.randomUUID();
        // Pending rows written straight into the table (not through record(), so no scheduler hint: the run times
        // one integrate() alone; the sweep waits an hour in this benchmark).
        var insert = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        for (int done = 0; done < pending; done += 1000) {
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < 1000; i++) {
                rows.add(new Object[] {tenant, UUID.randomUUID(), java.sql.Timestamp.from(Instant.now()), actor, tenant, actor,
                        UUID.randomUUID(), UUID.randomUUID()});
            }
            tenants.write(tenant, () -> insert.batchUpdate("insert into audit_events (tenant_id, id, occurred_at, action, "
                    + "actor_id, actor_org_id, project_id, item_id, assignment_id, item_count) "
                    + "values (?, ?, ?, 'payload.claim', ?, ?, ?, ?, ?, 1)", rows));
        }
        // The scheduler may have sequenced some meanwhile; count what this call does.
        long before = log.treeSize(tenant);
        Instant start = Instant.now();
        var checkpoint = log.integrate(tenant);
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        long sequenced = checkpoint.size() - before;
        System.out.printf("ACCESS LOG SEQUENCING BENCHMARK%n  sequenced, hashed and checkpointed %,d pending events in %.2f s"
                + " = %,.0f events/s (tree size now %,d)%n%n", sequenced, seconds, sequenced / seconds, checkpoint.size());
        assertThat(checkpoint.size()).isEqualTo(pending);
    }

    /**
     * The floor under the end-to-end figure: the same insert, one per transaction, straight over JDBC from
     * {@code bench.threads} threads for {@code bench.seconds} (what PostgreSQL on this machine commits), with the
     * tenant set per transaction as the application does. Nothing is sequenced meanwhile.
     */
    @Test
    void rawSingleInsertTransactionsBaseline() throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 20);
        UUID tenant = organizations.create(OrganizationKind.CUSTOMER, "Bench " + UUID.randomUUID()).id();
        var done = new LongAdder();
        var stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant start = Instant.now();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (var c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                             var insert = c.prepareStatement("insert into audit_events (tenant_id, id, seq, occurred_at, action, "
                                     + "actor_id, actor_org_id, project_id, item_id, assignment_id, item_count, target_id, detail) "
                                     + "values (?, ?, null, ?, 'payload.claim', ?, ?, ?, ?, ?, 1, null, null)")) {
                            while (!stop.get()) {
                                set.setString(1, tenant.toString());
                                set.execute();
                                insert.setObject(1, tenant);
                                insert.setObject(2, UUID.randomUUID());
                                insert.setTimestamp(3, java.sql.Timestamp.from(Instant.now()));
                                insert.setObject(4, tenant);
                                insert.setObject(5, tenant);
                                insert.setObject(6, tenant);
                                insert.setObject(7, UUID.randomUUID());
                                insert.setObject(8, UUID.randomUUID());
                                insert.executeUpdate();
                                c.commit();
                                done.increment();
                            }
                        }
                    }
                    return null;
                }));
            }
            stopAfter(seconds, stop, futures);
        } finally {
            pool.shutdownNow();
        }
        double took = Duration.between(start, Instant.now()).toNanos() / 1e9;
        System.out.printf("RAW SINGLE-INSERT TRANSACTIONS (no sequencing)%n  threads=%d: %,d in %.2f s = %,.0f transactions/s%n%n",
                threads, done.sum(), took, done.sum() / took);
        assertThat(done.sum()).isPositive();
    }

    private static AuditEvent event(UUID tenant, UUID actor, UUID project) {
        return new AuditEvent(tenant, AuditEvent.PAYLOAD_CLAIM, actor, tenant, project, UUID.randomUUID(), UUID.randomUUID(),
                1, null, null, Instant.now());
    }

    /** Lets the workers run for that many seconds, then stops them and waits for each (throwing what one threw). */
    private static void stopAfter(int seconds, AtomicBoolean stop, List<Future<?>> futures) throws Exception {
        Thread.sleep(Duration.ofSeconds(seconds));
        stop.set(true);
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
