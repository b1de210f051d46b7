package dev.annota.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The floor the HTTP path is measured against: every statement of the claim's and the submit's transactions
 * (work/internal/Claiming, ClaimRateLimit, GoldQueue, Submitting; annotation/Annotations; conflict/ConflictWall and
 * WallStore; audit/AuditLog; project/Projects; quality settings), word for word and in the same transactions — on
 * PostgreSQL the tenant found and set by the same set_config(directory lookup) statement, as the application role, so
 * row-level security applies — and on PostgreSQL in the app's round trips too (the statements the app sends together,
 * tenancy/RoundTrip, go here as one multi-statement query; the app's CTEs are the same text), run over JDBC by N client
 * threads sharing a pool of the app's size. What the baseline
 * leaves out is what the ratio measures: HTTP, the token lookup, Spring, JSON, the encryption of payloads and answers
 * (the baseline's are plaintext), and the background sequencing and signing of the access log.
 */
final class RawSqlBaseline {

    // Keep in step with the application's SQL (the classes named above).
    private static final String DIRECTORY = "select tenant_id from project_directory where project_id = ? and org_id = ?";
    private static final String FIND_TENANT_PG = "select set_config('app.tenant_id', coalesce((" + DIRECTORY + ")::text, ''), true)";
    private static final String PROJECT = "select tenant_id, id, name, guidelines, task_type, schema_version, overlap, lease_seconds, "
            + "priority, created_by, created_at from projects where tenant_id = ? and id = ?";
    private static final String RATE_LIMIT = """
            insert into claim_windows (annotator_id, window_start, claims) values (?, ?, 1)
            on conflict (annotator_id, window_start) do update set claims = claim_windows.claims + 1
            returning claims""";
    private static final String WALL_PROBE = """
            select case when exists (select 1 from annotator_exposures where annotator_id = ? and tenant_id <> ?)
                          or exists (select 1 from affiliations where user_id = ?) then 1 else 0 end""";
    /** WallStore.probe: the same, and whether the annotator was exposed to this tenant before. */
    private static final String WALL_PROBE_WITH_EXPOSURE = WALL_PROBE + """
            ,
                   case when exists (select 1 from annotator_exposures where annotator_id = ? and tenant_id = ?)
                        then 1 else 0 end""";
    private static final String LIVE_LEASE = """
            select a.id, a.item_id, a.lease_expires_at, i.payload, i.predictions from assignments a
            join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
            where a.tenant_id = ? and a.annotator_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at > ?""";
    private static final String QUALITY_SETTINGS = """
            select gold_rate, qualification_items, qualification_threshold, pause_threshold, pause_min_answers,
                   adaptive_threshold, max_overlap from quality_settings where tenant_id = ? and project_id = ?""";
    private static final String EXPIRED_LEASE = """
            select a.id, a.item_id from assignments a
            where a.tenant_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at <= ? and a.gold = false
              and not exists (select 1 from assignments b
                              where b.tenant_id = a.tenant_id and b.item_id = a.item_id and b.annotator_id = ?)
            order by a.lease_expires_at
            limit 1
            for update skip locked""";
    private static final String OPEN_ITEM = """
            select i.id, i.payload, i.predictions from items i
            where i.tenant_id = ? and i.project_id = ? and i.state between 'OPEN' and 'OPEN'
              and not exists (select 1 from assignments b
                              where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
            order by i.state, i.id
            limit 1
            for update skip locked""";
    private static final String TAKE_SLOT = """
            update items set open_slots = open_slots - 1,
                             state = case when open_slots - 1 = 0 then 'FULL' else 'OPEN' end
            where tenant_id = ? and id = ?""";
    private static final String LEASE = """
            insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, gold)
            values (?, ?, ?, ?, ?, 'LEASED', ?, ?, ?)""";
    private static final String TOUCH_EXPOSURE = "update annotator_exposures set last_seen = greatest(last_seen, ?) where annotator_id = ? and tenant_id = ?";
    private static final String FIRST_EXPOSURE = "insert into annotator_exposures (annotator_id, tenant_id, first_seen, last_seen) values (?, ?, ?, ?)";
    private static final String ACCESS_EVENT = "insert into audit_events (tenant_id, id, seq, occurred_at, action, actor_id, actor_org_id, "
            + "project_id, item_id, assignment_id, item_count, target_id, detail) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EARLIER = "select id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at, "
            + "prediction_changed, derived from annotations where tenant_id = ? and (assignment_id = ? or (annotator_id = ? and idempotency_key = ?))";
    private static final String TARGET = """
            select a.item_id, i.payload, i.predictions, i.state, i.gold_answer from assignments a
            join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
            where a.tenant_id = ? and a.id = ? and a.annotator_id = ? and a.project_id = ?""";
    private static final String END_LEASE = """
            update assignments set state = 'SUBMITTED', ended_at = ?
            where tenant_id = ? and id = ? and annotator_id = ? and state = 'LEASED' and lease_expires_at > ?""";
    private static final String COUNT_DONE = """
            update items set done_count = done_count + 1,
                             state = case when done_count + 1 >= ? + extra_slots then 'DONE' else state end
            where tenant_id = ? and id = ?""";
    private static final String STORE = """
            insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                     answer, idempotency_key, created_at, prediction_changed, derived)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** {@code ranDry}: clients that found the queue empty before the run's end (they stopped there). */
    record Result(double cyclesPerSecond, Latencies.Summary cycle, Latencies.Summary claim, Latencies.Summary submit,
                  long ranDry) {
    }

    private final HikariDataSource pool;
    private final boolean postgres;
    /** The app's ids for assignments, annotations and access events: time-ordered (UUIDv7), so the baseline's inserts
     *  land where the app's do, at the right end of each index, and not spread over it as random UUIDs would. */
    private final NoArgGenerator ids = Generators.timeBasedEpochGenerator();
    private final UUID tenant = UUID.randomUUID();
    private final UUID project = UUID.randomUUID();
    private int loaded;
    /** The engaged workforce organization the simulated annotators belong to. */
    private final UUID workforce = UUID.randomUUID();

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
        // 200 clients queue for 20 connections; Hikari hands connections out unfairly, and on a loaded machine a waiter
        // can wait past the default 30 s. The baseline measures throughput: let it wait.
        config.setConnectionTimeout(300_000);
        this.pool = new HikariDataSource(config);
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /**
     * Loads items into a fresh tenant and project of its own, with the project's row and its directory rows (owner and
     * the engaged workforce) the statements read; tenant tables carry no foreign keys to need more. Later calls add
     * items after those already loaded.
     */
    void load(int items) throws SQLException {
        try (Connection c = begin()) {
            if (loaded == 0) {
                insertProject(c);
            }
            insertItems(c, items);
            c.commit();
        }
        loaded += items;
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            if (postgres) {
                s.execute("analyze items");
            }
        }
    }

    /** Loads as many items as the queue lacks to hold {@code open} open ones again; answers how many that was. */
    int topUp(int open) throws SQLException {
        int missing;
        try (Connection c = begin();
             var count = prepare(c, "select count(*) from items where tenant_id = ? and project_id = ? and state = 'OPEN'", tenant, project);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            missing = Math.max(0, open - rs.getInt(1));
        }
        if (missing > 0) {
            load(missing);
        }
        return missing;
    }

    private void insertProject(Connection c) throws SQLException {
        try (var directory = c.prepareStatement("insert into project_directory (project_id, org_id, tenant_id) values (?, ?, ?)")) {
            for (UUID org : List.of(tenant, workforce)) {
                directory.setObject(1, project);
                directory.setObject(2, org);
                directory.setObject(3, tenant);
                directory.executeUpdate();
            }
        }
        try (var p = prepare(c, """
                insert into projects (tenant_id, id, name, guidelines, task_type, schema_version, overlap, lease_seconds,
                                      priority, created_by, created_at)
                values (?, ?, 'raw baseline', '', 'classification', 1, 1, 600, 0, ?, ?)""",
                tenant, project, UUID.randomUUID(), Timestamp.from(Instant.now()))) {
            p.executeUpdate();
        }
    }

    private void insertItems(Connection c, int items) throws SQLException {
        try (var insert = c.prepareStatement("""
                insert into items (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at)
                values (?, ?, ?, ?, ?, 'OPEN', 1, 0, ?)""")) {
            var now = Timestamp.from(Instant.now());
            for (int i = loaded; i < loaded + items; i++) {
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
    }

    Result run(int clients, int warmupSeconds, int seconds) throws InterruptedException {
        var latencies = new CycleLatencies();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        var running = new Clients(Thread.ofPlatform(), clients);
        var ranDry = new AtomicLong();
        for (int n = 0; n < clients; n++) {
            var measured = latencies.client();
            UUID annotator = UUID.randomUUID();
            running.start(() -> {
                while (System.nanoTime() < measureTo) {
                    long t0 = System.nanoTime();
                    UUID[] leased = claim(annotator);
                    long t1 = System.nanoTime();
                    if (leased == null) {
                        ranDry.incrementAndGet();
                        break;
                    }
                    submit(annotator, leased[0], UUID.randomUUID().toString());
                    long t2 = System.nanoTime();
                    if (t0 >= measureFrom && t2 <= measureTo) {
                        measured.add(t0, t1, t2);
                    }
                }
            });
        }
        running.awaitAll();
        running.failIfAnyFailed("raw-SQL clients");
        var cycle = Latencies.summarize(latencies.cycles);
        return new Result(cycle.count() / (double) seconds, cycle, Latencies.summarize(latencies.claims), Latencies.summarize(latencies.submits),
                ranDry.get());
    }

    private UUID[] claim(UUID annotator) throws SQLException {
        return postgres ? claimTogether(annotator) : claimStepByStep(annotator);
    }

    private void submit(UUID annotator, UUID assignment, String idempotencyKey) throws SQLException {
        if (postgres) {
            submitTogether(annotator, assignment, idempotencyKey);
        } else {
            submitStepByStep(annotator, assignment, idempotencyKey);
        }
    }

    /**
     * Claiming.next on PostgreSQL (first attempt), in the app's round trips (tenancy/RoundTrip): {the directory
     * lookup, the project} together, then {rate limit, wall probe, live lease, gold settings, expired lease} together,
     * then the open slot's select, slot update and lease insert as one statement, {the exposure, the access event} at
     * commit, COMMIT.
     */
    private UUID[] claimTogether(UUID annotator) throws SQLException {
        try (Connection c = beginFoundWithProject(annotator)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp nowTs = Timestamp.from(now);
            Timestamp window = Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES));
            UUID[] live = null;
            UUID[] expiredLease = null;
            int claims;
            boolean exposedHere;
            try (var together = prepare(c, String.join(";\n", RATE_LIMIT, WALL_PROBE_WITH_EXPOSURE, LIVE_LEASE, QUALITY_SETTINGS, EXPIRED_LEASE),
                    annotator, window, annotator, tenant, annotator, annotator, tenant, tenant, annotator, project, nowTs,
                    tenant, project, tenant, project, nowTs, annotator)) {
                together.execute();
                try (ResultSet rs = together.getResultSet()) {
                    rs.next();
                    claims = rs.getInt(1);
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    rs.next();
                    if (rs.getInt(1) != 0) {
                        throw new IllegalStateException("A baseline annotator has no exposure elsewhere and no affiliation");
                    }
                    exposedHere = rs.getInt(2) == 1;
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    if (rs.next()) {
                        live = new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)};
                        rs.getString(4);
                    }
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    rs.next();
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    if (rs.next()) {
                        expiredLease = new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)};
                    }
                }
            }
            if (claims == 1) {
                try (var delete = prepare(c, "delete from claim_windows where annotator_id = ? and window_start < ?", annotator, window)) {
                    delete.executeUpdate();
                }
            }
            if (live != null) {
                accessEvent(c, annotator, live[1], live[0], now);
                c.commit();
                return live;
            }
            UUID assignment = ids.generate();
            Timestamp expires = Timestamp.from(now.plusSeconds(600));
            UUID item;
            if (expiredLease != null) {
                item = expiredLease[1];
                try (var takeOver = prepare(c, String.join(";\n", "update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?",
                                "select payload, predictions from items where tenant_id = ? and id = ?", LEASE),
                        nowTs, tenant, expiredLease[0], tenant, item, tenant, assignment, project, item, annotator, nowTs, expires, false)) {
                    takeOver.execute();
                }
            } else {
                try (var open = prepare(c, "with picked as (" + OPEN_ITEM + "), " + """
                                slot as (update items u set open_slots = u.open_slots - 1,
                                                            state = case when u.open_slots - 1 = 0 then 'FULL' else 'OPEN' end
                                         from picked where u.tenant_id = ? and u.id = picked.id
                                         returning u.id),
                                lease as (insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at,
                                                                   lease_expires_at, gold)
                                          select ?, ?, ?, slot.id, ?, 'LEASED', ?, ?, false from slot
                                          returning item_id)
                                select lease.item_id, picked.payload, picked.predictions from lease join picked on picked.id = lease.item_id""",
                        tenant, project, annotator, tenant, tenant, assignment, project, annotator, nowTs, expires)) {
                    item = firstItem(open);
                }
                if (item == null) {
                    c.commit();
                    return null;
                }
            }
            if (exposedHere) {
                // RoundTrips.atCommit: the exposure's timestamp and the access event in one round trip before COMMIT.
                try (var atCommit = prepare(c, TOUCH_EXPOSURE + ";\n" + ACCESS_EVENT, nowTs, annotator, tenant,
                        tenant, ids.generate(), nowTs, "payload.claim", annotator, workforce, project, item, assignment, 1, null, null)) {
                    atCommit.execute();
                }
                c.commit();
            } else {
                exposeAndCommit(c, annotator, item, assignment, now);
            }
            return new UUID[] {assignment, item};
        }
    }

    /**
     * Submitting.submit on PostgreSQL, in the app's round trips: {the directory lookup, the project}, then {idempotency
     * look-up, item, settings} together, then the lease end with the done count as one statement, the annotation, COMMIT.
     */
    private void submitTogether(UUID annotator, UUID assignment, String idempotencyKey) throws SQLException {
        try (Connection c = beginFoundWithProject(annotator)) {
            UUID item;
            try (var together = prepare(c, String.join(";\n", EARLIER, TARGET, QUALITY_SETTINGS),
                    tenant, assignment, annotator, idempotencyKey, tenant, assignment, annotator, project, tenant, project)) {
                together.execute();
                try (ResultSet rs = together.getResultSet()) {
                    if (rs.next()) {
                        throw new IllegalStateException("An annotation already exists for a fresh assignment");
                    }
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    rs.next();
                    item = rs.getObject(1, UUID.class);
                    rs.getString(2);
                }
                together.getMoreResults();
                try (ResultSet rs = together.getResultSet()) {
                    rs.next();
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp at = Timestamp.from(now);
            try (var end = prepare(c, "with ended as (" + END_LEASE + " returning item_id) " + COUNT_DONE + " and exists (select 1 from ended)",
                    at, tenant, assignment, annotator, at, 1, tenant, item)) {
                if (end.executeUpdate() != 1) {
                    throw new IllegalStateException("Lease ended");
                }
            }
            try (var store = prepare(c, STORE, tenant, ids.generate(), project, item, assignment, annotator, 1,
                    "{\"label\":\"a\"}", idempotencyKey, at, null, null)) {
                store.executeUpdate();
            }
            c.commit();
        }
    }

    /** Claiming.next on H2 (first attempt), statement by statement: returns {assignment, item}, or null when nothing is left. */
    private UUID[] claimStepByStep(UUID annotator) throws SQLException {
        try (Connection c = beginFound(annotator)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp nowTs = Timestamp.from(now);
            readProject(c);
            countClaim(c, annotator, now);
            try (var probe = prepare(c, WALL_PROBE, annotator, tenant, annotator); ResultSet rs = probe.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new IllegalStateException("A baseline annotator has no exposure elsewhere and no affiliation");
                }
            }
            try (var live = prepare(c, LIVE_LEASE, tenant, annotator, project, nowTs); ResultSet rs = live.executeQuery()) {
                if (rs.next()) {
                    UUID[] found = {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)};
                    rs.getString(4);
                    accessEvent(c, annotator, found[1], found[0], now);
                    c.commit();
                    return found;
                }
            }
            qualitySettings(c);
            UUID item = null;
            try (var expired = prepare(c, postgres ? EXPIRED_LEASE : h2(EXPIRED_LEASE, "assignments_leases", "order by a.lease_expires_at"),
                    tenant, project, nowTs, annotator); ResultSet rs = expired.executeQuery()) {
                if (rs.next()) {
                    try (var end = prepare(c, "update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?",
                            nowTs, tenant, rs.getObject(1, UUID.class))) {
                        end.executeUpdate();
                    }
                    item = rs.getObject(2, UUID.class);
                }
            }
            if (item != null) {
                try (var payload = prepare(c, "select payload, predictions from items where tenant_id = ? and id = ?", tenant, item);
                     ResultSet rs = payload.executeQuery()) {
                    rs.next();
                    rs.getString(1);
                }
            } else {
                try (var open = prepare(c, postgres ? OPEN_ITEM : h2(OPEN_ITEM, "items_queue", "order by i.state, i.id").replace("between 'OPEN' and 'OPEN'", "= 'OPEN'"), tenant, project, annotator)) {
                    item = firstItem(open);
                }
                if (item == null) {
                    c.commit();
                    return null;
                }
                try (var take = prepare(c, TAKE_SLOT, tenant, item)) {
                    take.executeUpdate();
                }
            }
            UUID assignment = ids.generate();
            try (var lease = prepare(c, LEASE, tenant, assignment, project, item, annotator, nowTs,
                    Timestamp.from(now.plusSeconds(600)), false)) {
                lease.executeUpdate();
            }
            exposeAndCommit(c, annotator, item, assignment, now);
            return new UUID[] {assignment, item};
        }
    }

    /** ConflictWall.recordExposure, one statement at a time (a first exposure, or H2), then the access event and COMMIT. */
    private void exposeAndCommit(Connection c, UUID annotator, UUID item, UUID assignment, Instant now) throws SQLException {
        Timestamp nowTs = Timestamp.from(now);
        try (var touch = prepare(c, TOUCH_EXPOSURE, nowTs, annotator, tenant)) {
            if (touch.executeUpdate() == 0) {
                try (var first = prepare(c, FIRST_EXPOSURE, annotator, tenant, nowTs, nowTs)) {
                    first.executeUpdate();
                }
            }
        }
        accessEvent(c, annotator, item, assignment, now);
        c.commit();
    }

    /** ClaimRateLimit.count: one upsert on PostgreSQL; H2's update, then insert on a new window, else select. */
    private void countClaim(Connection c, UUID annotator, Instant now) throws SQLException {
        Timestamp window = Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES));
        int claims;
        if (postgres) {
            try (var upsert = prepare(c, RATE_LIMIT, annotator, window); ResultSet rs = upsert.executeQuery()) {
                rs.next();
                claims = rs.getInt(1);
            }
        } else {
            try (var update = prepare(c, "update claim_windows set claims = claims + 1 where annotator_id = ? and window_start = ?", annotator, window)) {
                if (update.executeUpdate() == 0) {
                    try (var insert = prepare(c, "insert into claim_windows (annotator_id, window_start, claims) values (?, ?, 1)", annotator, window)) {
                        insert.executeUpdate();
                    }
                    claims = 1;
                } else {
                    try (var select = prepare(c, "select claims from claim_windows where annotator_id = ? and window_start = ?", annotator, window);
                         ResultSet rs = select.executeQuery()) {
                        rs.next();
                        claims = rs.getInt(1);
                    }
                }
            }
        }
        if (claims == 1) {
            try (var delete = prepare(c, "delete from claim_windows where annotator_id = ? and window_start < ?", annotator, window)) {
                delete.executeUpdate();
            }
        }
    }

    private void accessEvent(Connection c, UUID annotator, UUID item, UUID assignment, Instant now) throws SQLException {
        try (var event = prepare(c, ACCESS_EVENT, tenant, ids.generate(), Timestamp.from(now), "payload.claim", annotator,
                workforce, project, item, assignment, 1, null, null)) {
            event.executeUpdate();
        }
    }

    private void readProject(Connection c) throws SQLException {
        try (var p = prepare(c, PROJECT, tenant, project); ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The baseline's project is missing");
            }
        }
    }

    private void qualitySettings(Connection c) throws SQLException {
        try (var q = prepare(c, QUALITY_SETTINGS, tenant, project); ResultSet rs = q.executeQuery()) {
            rs.next();
        }
    }

    /** Submitting.submit on H2, with Annotations.earlier and Annotations.store, and the adaptive-overlap settings read. */
    private void submitStepByStep(UUID annotator, UUID assignment, String idempotencyKey) throws SQLException {
        try (Connection c = beginFound(annotator)) {
            readProject(c);
            try (var earlier = prepare(c, EARLIER, tenant, assignment, annotator, idempotencyKey); ResultSet rs = earlier.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException("An annotation already exists for a fresh assignment");
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            UUID item;
            try (var target = prepare(c, TARGET, tenant, assignment, annotator, project); ResultSet rs = target.executeQuery()) {
                rs.next();
                item = rs.getObject(1, UUID.class);
                rs.getString(2);
            }
            try (var end = prepare(c, END_LEASE, Timestamp.from(now), tenant, assignment, annotator, Timestamp.from(now))) {
                if (end.executeUpdate() != 1) {
                    throw new IllegalStateException("Lease ended");
                }
            }
            try (var count = prepare(c, COUNT_DONE, 1, tenant, item)) {
                count.executeUpdate();
            }
            try (var store = prepare(c, STORE, tenant, ids.generate(), project, item, assignment, annotator, 1,
                    "{\"label\":\"a\"}", idempotencyKey, Timestamp.from(now), null, null)) {
                store.executeUpdate();
            }
            qualitySettings(c);
            c.commit();
        }
    }

    /**
     * A transaction whose first statement finds the tenant in the project directory for the annotator's organization,
     * as TenantScope.writeFound does: on PostgreSQL inside the set_config that sets it.
     */
    private Connection beginFound(UUID annotator) throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        try (var find = prepare(c, postgres ? FIND_TENANT_PG : DIRECTORY, project, workforce); ResultSet rs = find.executeQuery()) {
            if (!rs.next() || !tenant.toString().equals(rs.getString(1))) {
                throw new IllegalStateException("The directory does not name the baseline's tenant");
            }
        }
        return c;
    }

    /**
     * PostgreSQL: the same, with the project read in the lookup's round trip, as Projects.writeIn sends it (the project
     * names its tenant by the same directory row).
     */
    private Connection beginFoundWithProject(UUID annotator) throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        try (var find = prepare(c, FIND_TENANT_PG + ";\n" + PROJECT.replace("tenant_id = ? and id = ?", "tenant_id = (" + DIRECTORY + ") and id = ?"),
                project, workforce, project, workforce, project)) {
            find.execute();
            try (ResultSet rs = find.getResultSet()) {
                if (!rs.next() || !tenant.toString().equals(rs.getString(1))) {
                    throw new IllegalStateException("The directory does not name the baseline's tenant");
                }
            }
            find.getMoreResults();
            try (ResultSet rs = find.getResultSet()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The baseline's project is missing");
                }
            }
        }
        return c;
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

    /** Claiming's H2 form of a queue query: walks the queue's index by hint, without ORDER BY (see Claiming). */
    private static String h2(String sql, String index, String orderBy) {
        return sql.replace("from assignments a\n", "from assignments a use index (" + index + ")\n")
                .replace("from items i\n", "from items i use index (" + index + ")\n")
                .replace(orderBy + "\n", "");
    }

    /** The id of the open item a query found (its payload read, as the application reads it), or null when it found none. */
    private static UUID firstItem(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            rs.getString(2);
            return rs.getObject(1, UUID.class);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        var s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            // As tenancy/RoundTrip binds them: a Timestamp bound untyped makes the driver split a multi-statement
            // query around each statement that returns text, and the app's round trips would no longer be the same.
            s.setObject(i + 1, params[i] instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC) : params[i]);
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
