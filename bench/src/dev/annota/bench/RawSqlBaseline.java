package dev.annota.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The floor the HTTP path is measured against: the claim and submit statements of work/internal/Claiming and
 * Submitting, word for word, in the same transactions (with the tenant set on PostgreSQL, as the app's transaction
 * manager does), run over JDBC by N client threads sharing a pool of the app's size. No HTTP, no authentication, no
 * project lookup, no JSON: everything the app adds on top is what the ratio measures.
 */
final class RawSqlBaseline {

    // Copied from Claiming: keep in step with it.
    private static final String LIVE_LEASE = """
            select a.id, a.item_id, a.lease_expires_at, i.payload from assignments a
            join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
            where a.tenant_id = ? and a.annotator_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at > ?""";
    private static final String EXPIRED_LEASE = """
            select a.id, a.item_id from assignments a
            where a.tenant_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at <= ?
              and not exists (select 1 from assignments b
                              where b.tenant_id = a.tenant_id and b.item_id = a.item_id and b.annotator_id = ?)
            order by a.lease_expires_at
            limit 1
            for update skip locked""";
    private static final String OPEN_ITEM = """
            select i.id from items i
            where i.tenant_id = ? and i.project_id = ? and i.state = 'OPEN'
              and not exists (select 1 from assignments b
                              where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
            order by i.id
            limit 1
            for update skip locked""";
    private static final String TAKE_SLOT = """
            update items set open_slots = open_slots - 1,
                             state = case when open_slots - 1 = 0 then 'FULL' else 'OPEN' end
            where tenant_id = ? and id = ?""";
    private static final String LEASE = """
            insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at)
            values (?, ?, ?, ?, ?, 'LEASED', ?, ?)""";
    private static final String PAYLOAD = "select payload from items where tenant_id = ? and id = ?";
    // Copied from Submitting and Annotations.
    private static final String EARLIER = "select id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at "
            + "from annotations where tenant_id = ? and (assignment_id = ? or (annotator_id = ? and idempotency_key = ?))";
    private static final String ASSIGNED_ITEM = "select item_id from assignments where tenant_id = ? and id = ? and annotator_id = ? and project_id = ?";
    private static final String END_LEASE = """
            update assignments set state = 'SUBMITTED', ended_at = ?
            where tenant_id = ? and id = ? and annotator_id = ? and state = 'LEASED' and lease_expires_at > ?""";
    private static final String COUNT_DONE = """
            update items set done_count = done_count + 1,
                             state = case when done_count + 1 >= ? then 'DONE' else state end
            where tenant_id = ? and id = ?""";
    private static final String STORE = """
            insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                     answer, idempotency_key, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    record Result(double cyclesPerSecond, Latencies.Summary cycle, Latencies.Summary claim, Latencies.Summary submit) {
    }

    private final HikariDataSource pool;
    private final boolean postgres;
    private final UUID tenant = UUID.randomUUID();
    private final UUID project = UUID.randomUUID();

    RawSqlBaseline(String url, String user, String password, int poolSize, boolean migrate) {
        if (migrate) {
            // A separate embedded database gets the app's schema from the app's own migrations.
            Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        }
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** Loads items into a fresh tenant and project of its own (tenant tables carry no foreign keys to need more). */
    void load(int items) throws SQLException {
        try (Connection c = begin()) {
            try (var insert = c.prepareStatement("""
                    insert into items (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at)
                    values (?, ?, ?, ?, ?, 'OPEN', 1, 0, ?)""")) {
                var now = Timestamp.from(Instant.now());
                for (int i = 0; i < items; i++) {
                    insert.setObject(1, tenant);
                    insert.setObject(2, timeOrdered(i));
                    insert.setObject(3, project);
                    insert.setString(4, "raw-" + i);
                    insert.setString(5, ItemsFile.itemData(i));
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            if (postgres) {
                s.execute("analyze items");
            }
        }
    }

    Result run(int clients, int warmupSeconds, int seconds) throws InterruptedException {
        List<Latencies> claims = new ArrayList<>(), submits = new ArrayList<>(), cycles = new ArrayList<>();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        var done = new CountDownLatch(clients);
        var failures = new AtomicLong();
        for (int n = 0; n < clients; n++) {
            var claimL = new Latencies();
            var submitL = new Latencies();
            var cycleL = new Latencies();
            claims.add(claimL);
            submits.add(submitL);
            cycles.add(cycleL);
            UUID annotator = UUID.randomUUID();
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < measureTo) {
                        long t0 = System.nanoTime();
                        UUID[] leased = claim(annotator);
                        long t1 = System.nanoTime();
                        if (leased == null) {
                            break;
                        }
                        submit(annotator, leased[0], UUID.randomUUID().toString());
                        long t2 = System.nanoTime();
                        if (t0 >= measureFrom && t2 <= measureTo) {
                            claimL.add(t1 - t0);
                            submitL.add(t2 - t1);
                            cycleL.add(t2 - t0);
                        }
                    }
                } catch (Exception e) {
                    if (failures.incrementAndGet() <= 3) {
                        e.printStackTrace();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " raw-SQL clients failed");
        }
        var cycle = Latencies.summarize(cycles);
        return new Result(cycle.count() / (double) seconds, cycle, Latencies.summarize(claims), Latencies.summarize(submits));
    }

    /** Claiming.claim: returns {assignment, item}, or null when nothing is left. */
    private UUID[] claim(UUID annotator) throws SQLException {
        try (Connection c = begin()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp nowTs = Timestamp.from(now);
            try (var live = prepare(c, LIVE_LEASE, tenant, annotator, project, nowTs); ResultSet rs = live.executeQuery()) {
                if (rs.next()) {
                    UUID[] found = {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)};
                    rs.getString(4);
                    c.commit();
                    return found;
                }
            }
            UUID item = null;
            try (var expired = prepare(c, EXPIRED_LEASE, tenant, project, nowTs, annotator); ResultSet rs = expired.executeQuery()) {
                if (rs.next()) {
                    try (var end = prepare(c, "update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?",
                            nowTs, tenant, rs.getObject(1, UUID.class))) {
                        end.executeUpdate();
                    }
                    item = rs.getObject(2, UUID.class);
                }
            }
            if (item == null) {
                try (var open = prepare(c, OPEN_ITEM, tenant, project, annotator); ResultSet rs = open.executeQuery()) {
                    if (!rs.next()) {
                        c.commit();
                        return null;
                    }
                    item = rs.getObject(1, UUID.class);
                }
                try (var take = prepare(c, TAKE_SLOT, tenant, item)) {
                    take.executeUpdate();
                }
            }
            UUID assignment = UUID.randomUUID();
            try (var lease = prepare(c, LEASE, tenant, assignment, project, item, annotator, nowTs, Timestamp.from(now.plusSeconds(600)))) {
                lease.executeUpdate();
            }
            try (var payload = prepare(c, PAYLOAD, tenant, item); ResultSet rs = payload.executeQuery()) {
                rs.next();
                rs.getString(1);
            }
            c.commit();
            return new UUID[] {assignment, item};
        }
    }

    /** Submitting.submit with Annotations.earlier and Annotations.store. */
    private void submit(UUID annotator, UUID assignment, String idempotencyKey) throws SQLException {
        try (Connection c = begin()) {
            try (var earlier = prepare(c, EARLIER, tenant, assignment, annotator, idempotencyKey); ResultSet rs = earlier.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException("An annotation already exists for a fresh assignment");
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            UUID item;
            try (var assigned = prepare(c, ASSIGNED_ITEM, tenant, assignment, annotator, project); ResultSet rs = assigned.executeQuery()) {
                rs.next();
                item = rs.getObject(1, UUID.class);
            }
            try (var end = prepare(c, END_LEASE, Timestamp.from(now), tenant, assignment, annotator, Timestamp.from(now))) {
                if (end.executeUpdate() != 1) {
                    throw new IllegalStateException("Lease ended");
                }
            }
            try (var count = prepare(c, COUNT_DONE, 1, tenant, item)) {
                count.executeUpdate();
            }
            try (var store = prepare(c, STORE, tenant, UUID.randomUUID(), project, item, assignment, annotator, 1,
                    "{\"label\":\"a\"}", idempotencyKey, Timestamp.from(now))) {
                store.executeUpdate();
            }
            c.commit();
        }
    }

    /** A connection in a transaction, with the tenant set on PostgreSQL exactly as TenantTransactionManager does. */
    private Connection begin() throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        if (postgres) {
            try (var s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                s.setString(1, tenant.toString());
                s.execute();
            }
        }
        // Closing returns it to Hikari, which rolls back anything uncommitted and restores autocommit.
        return c;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        var s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    /** Item ids ordered like the app's time-based UUIDs, so "order by i.id" walks the same way. */
    private static UUID timeOrdered(int i) {
        return new UUID(0x0190_0000_0000_7000L | ((long) i << 16), 0x8000_0000_0000_0000L | (long) (Math.random() * Long.MAX_VALUE));
    }

    void close() {
        pool.close();
    }
}
