package dev.annota.audit.internal;

import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.audit.AuditEvent;
import dev.annota.operations.DomainMetrics;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log in the database. Recording inserts a pending event (no position yet) in the caller's transaction:
 * cheap, uncontended, atomic with the act. {@link #integrate} then sequences pending events under the tenant's
 * {@code audit_heads} row locked FOR UPDATE (one sequencer per tenant at a time, whatever the number of instances),
 * extends the tree from the stored frontier, stores each leaf hash, and signs a checkpoint, all in one transaction.
 */
@Component
public class AuditLog {

    static final String COLUMNS = "id, seq, occurred_at, action, actor_id, actor_org_id, project_id, item_id, assignment_id, "
            + "item_count, target_id, detail";

    private static final String INSERT = "insert into audit_events (tenant_id, " + COLUMNS + ") "
            + "values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The oldest pending events of a tenant (on PostgreSQL through the partial index audit_events_pending, V12_4). */
    static final String PENDING = "select " + COLUMNS + " from audit_events where tenant_id = ? and seq is null "
            + "order by occurred_at, id limit ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TenantScope tenants;
    private final dev.annota.tenancy.Organizations organizations;
    private final TransactionTemplate ownTransaction;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final String originPrefix;
    private final int batchSize;
    private final boolean postgres;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    /** Tenants with events recorded here since their last sequencing: a hint for the scheduler, never the truth. */
    private final Set<UUID> recentlyRecorded = ConcurrentHashMap.newKeySet();

    private final RoundTrips roundTrips;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SignedHistory history;
    private final LastSignedHeads lastSigned;
    private final IntegrityAlarms alarms;

    private final DomainMetrics metrics;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, TenantScope tenants, dev.annota.tenancy.Organizations organizations,
             PlatformTransactionManager transactions, CheckpointSigner signer, Clock clock,
             @Value("${annota.audit.origin}") String origin, @Value("${annota.audit.batch-size}") int batchSize,
             RoundTrips roundTrips, org.springframework.context.ApplicationEventPublisher events, SignedHistory history,
             LastSignedHeads lastSigned, IntegrityAlarms alarms, DatabaseDialect dialect, DomainMetrics metrics) {
        this.metrics = metrics;
        this.roundTrips = roundTrips;
        this.events = events;
        this.history = history;
        this.lastSigned = lastSigned;
        this.alarms = alarms;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.batch = batch;
        this.tenants = tenants;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.signer = signer;
        this.clock = clock;
        this.originPrefix = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.batchSize = batchSize;
        this.postgres = dialect.isPostgres();
    }

    /** True on PostgreSQL (triggers, row-level security, the log's deletion function). */
    boolean postgres() {
        return postgres;
    }

    public String origin(UUID tenant) {
        return originPrefix + "/" + tenant;
    }

    public byte[] publicKey() {
        return signer.publicKey();
    }

    // ---- recording ----

    public void record(AuditEvent event) {
        UUID tenant = event.tenantId();
        var current = TenantScope.current();
        if (current.isPresent() && !current.get().equals(tenant)) {
            throw new IllegalStateException("An access log event of one tenant cannot be recorded in another tenant's transaction");
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read-only transaction (an export streaming payloads) cannot insert. The event commits in a transaction
            // of its own, on a connection the transaction manager gives the same tenant, before any payload is shown.
            if (current.isEmpty()) {
                throw new IllegalStateException("Access log events are recorded inside a tenant transaction");
            }
            ownTransaction.executeWithoutResult(status -> insert(List.of(event)));
            recentlyRecorded.add(tenant);
            return;
        }
        tenants.write(tenant, () -> {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                // The events are written at commit, with the transaction's other writes there: see insertAtCommit.
                roundTrips.reserve();
                EventsOfTransaction.add(this, event, this::insert, this::insertAtCommit, () -> recentlyRecorded.add(tenant));
            } else {
                insert(List.of(event));
                recentlyRecorded.add(tenant);
            }
        });
    }

    /**
     * A transaction's buffered events, just before it commits: one event (a claim's) goes with the transaction's other
     * writes at commit, in their round trip; several go in one statement of their own.
     */
    private void insertAtCommit(List<AuditEvent> events) {
        if (events.size() == 1) {
            roundTrips.atCommit(1, INSERT, row(events.getFirst()));
        } else {
            insert(events);
        }
    }

    /**
     * Inserts events as pending. Several at once (a transaction's buffered events) in one statement: on PostgreSQL an
     * INSERT from unnest(arrays), elsewhere a JDBC batch.
     */
    private void insert(List<AuditEvent> events) {
        if (events.size() == 1) {
            jdbc.sql(INSERT).params(row(events.getFirst())).update();
            return;
        }
        int n = events.size();
        if (postgres) {
            String[][] columns = new String[12][n];
            for (int i = 0; i < n; i++) {
                var e = events.get(i);
                columns[0][i] = e.tenantId().toString();
                columns[1][i] = IDS.generate().toString();
                columns[2][i] = e.at().truncatedTo(ChronoUnit.MICROS).toString();
                columns[3][i] = e.action();
                columns[4][i] = e.actorId().toString();
                columns[5][i] = e.actorOrgId().toString();
                columns[6][i] = text(e.projectId());
                columns[7][i] = text(e.itemId());
                columns[8][i] = text(e.assignmentId());
                columns[9][i] = Long.toString(e.itemCount());
                columns[10][i] = text(e.targetId());
                columns[11][i] = e.detail();
            }
            int inserted = batch.update(con -> {
                var ps = con.prepareStatement("insert into audit_events (tenant_id, " + COLUMNS + ") "
                        + "select t::uuid, id::uuid, null, at::timestamptz, action, actor::uuid, actor_org::uuid, project::uuid, "
                        + "item::uuid, assignment::uuid, item_count::bigint, target::uuid, detail "
                        + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[], ?::text[]) "
                        + "as v(t, id, at, action, actor, actor_org, project, item, assignment, item_count, target, detail)");
                for (int c = 0; c < columns.length; c++) {
                    ps.setArray(c + 1, con.createArrayOf("text", columns[c]));
                }
                return ps;
            });
            if (inserted != n) {
                throw new IllegalStateException("Inserted " + inserted + " access log events of " + n);
            }
        } else {
            batch.batchUpdate(INSERT, events.stream().map(this::row).toList());
        }
    }

    /** The parameters of {@link #INSERT} for one event, with a new id. */
    private Object[] row(AuditEvent e) {
        return new Object[] {e.tenantId(), IDS.generate(), Timestamp.from(e.at().truncatedTo(ChronoUnit.MICROS)), e.action(),
                e.actorId(), e.actorOrgId(), e.projectId(), e.itemId(), e.assignmentId(), e.itemCount(), e.targetId(), e.detail()};
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    /** Takes the hint set: tenants that recorded events here since the last call. */
    Set<UUID> drainRecentlyRecorded() {
        var drained = new java.util.HashSet<UUID>();
        for (var it = recentlyRecorded.iterator(); it.hasNext(); ) {
            drained.add(it.next());
            it.remove();
        }
        return drained;
    }

    // ---- sequencing and checkpoints ----

    public record StoredCheckpoint(long size, byte[] root, String note) {
    }

    /**
     * Counts of payload events per day and viewing organization. A view outside an assignment is a payload event
     * with no assignment that is not an export by the owner's own people: flagged in the report.
     */
    public List<dev.annota.audit.DailyViews> dailyViews(UUID tenant, UUID project) {
        return tenants.read(tenant, () -> flushed().sql("""
                        select cast(occurred_at as date), actor_org_id, count(distinct actor_id), count(distinct item_id),
                               sum(item_count),
                               sum(case when action = 'payload.export' then item_count else 0 end),
                               sum(case when assignment_id is null and actor_org_id = tenant_id
                                         and action in ('payload.browse', 'payload.image') then 1 else 0 end),
                               sum(case when assignment_id is null and (actor_org_id <> tenant_id
                                         or action not in ('payload.browse', 'payload.image', 'payload.export')) then 1 else 0 end)
                        from audit_events
                        where tenant_id = ? and project_id = ? and action like 'payload.%'
                        group by cast(occurred_at as date), actor_org_id
                        order by 1, 2""")
                .params(tenant, project)
                .query((rs, n) -> new dev.annota.audit.DailyViews(rs.getDate(1).toLocalDate(), rs.getObject(2, UUID.class),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list());
    }

    public List<dev.annota.audit.PayloadView> leasedViews(UUID tenant, UUID project) {
        return tenants.read(tenant, () -> flushed().sql("""
                        select assignment_id, action, actor_id, actor_org_id, item_id, min(occurred_at), count(*)
                        from audit_events
                        where tenant_id = ? and project_id = ? and action in (?, ?) and assignment_id is not null
                        group by assignment_id, action, actor_id, actor_org_id, item_id""")
                .params(tenant, project, dev.annota.audit.AuditEvent.PAYLOAD_CLAIM, dev.annota.audit.AuditEvent.PAYLOAD_REVIEW)
                .query((rs, n) -> new dev.annota.audit.PayloadView(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant(), rs.getLong(7)))
                .list());
    }

    /** The client, after this transaction's buffered events are written: reads see the transaction's own events. */
    private JdbcClient flushed() {
        EventsOfTransaction.flush(this);
        return jdbc;
    }

    /** True when the tenant has events not yet in its tree. */
    public boolean hasPending(UUID tenant) {
        return tenants.read(tenant, () -> flushed().sql("select count(*) from audit_events where tenant_id = ? and seq is null")
                .param(tenant).query(Long.class).single() > 0);
    }

    /**
     * Sequences every pending event of the tenant (in batches of {@code annota.audit.batch-size}, each batch its own
     * transaction ending with a signed checkpoint) and returns the latest checkpoint; null for an organization that
     * no longer exists. Throws {@link IntegrityAlarm} (raised: logged, counted, stored) when the tree in the database
     * is not the tree of the last checkpoint this server signed; nothing is signed or sequenced then.
     */
    public StoredCheckpoint integrate(UUID tenant) {
        while (true) {
            Batch done;
            try {
                try {
                    done = tenants.write(tenant, () -> integrateBatch(tenant));
                } catch (DuplicateKeyException firstHeadRace) {
                    // Two instances created the tenant's head row at once; the loser's transaction is gone, try again.
                    done = tenants.write(tenant, () -> integrateBatch(tenant));
                }
            } catch (IntegrityAlarm alarm) {
                alarms.raise(alarm);
                throw alarm;
            }
            if (done.sequenced() < batchSize) {
                return done.checkpoint();
            }
        }
    }

    private record Batch(int sequenced, StoredCheckpoint checkpoint) {
    }

    private Batch integrateBatch(UUID tenant) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var head = flushed().sql("select tree_size, frontier from audit_heads where tenant_id = ? for update")
                .param(tenant).query((rs, n) -> head(tenant, rs.getLong(1), rs.getBytes(2))).optional();
        CompactRange tree;
        if (head.isPresent()) {
            tree = head.get();
        } else {
            if (!organizations.holdAgainstDeletion(tenant)) {
                // Deleted (perhaps while this waited for the head's row lock, which the deletion removed): no new log.
                return new Batch(0, null);
            }
            tree = CompactRange.empty();
            jdbc.sql("insert into audit_heads (tenant_id, tree_size, frontier, updated_at) values (?, 0, ?, ?)")
                    .params(tenant, new byte[0], Timestamp.from(now)).update();
            // The new row is ours and locked until commit: concurrent sequencers of this tenant wait on it.
        }
        long start = tree.size();
        Optional<StoredCheckpoint> latest = latestCheckpoint(tenant);
        // Before anything is signed: the tree to extend must be the tree of the last checkpoint signed (SignedHistory).
        history.check(tenant, origin(tenant), start, tree.root(), latest, size -> storedCheckpoint(tenant, size));
        List<AuditEntry> pending = jdbc.sql(PENDING)
                .params(tenant, batchSize).query((rs, n) -> entry(tenant, rs, start + n)).list();
        for (AuditEntry entry : pending) {
            tree.append(entry.leafHash());
        }
        if (!pending.isEmpty()) {
            assignPositions(tenant, pending);
            Instant oldest = pending.stream().map(AuditEntry::at).min(Instant::compareTo).orElse(now);
            metrics.accessLogSequenced(pending.size(), java.time.Duration.between(oldest, now));
            jdbc.sql("update audit_heads set tree_size = ?, frontier = ?, updated_at = ? where tenant_id = ?")
                    .params(tree.size(), tree.serialize(), Timestamp.from(now), tenant).update();
        }
        if (latest.isPresent() && latest.get().size() == tree.size()) {
            return new Batch(pending.size(), latest.get());
        }
        byte[] root = tree.root();
        String note;
        try {
            note = SignedNote.sign(new SignedNote.Checkpoint(origin(tenant), tree.size(), root), signer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an access log checkpoint", e);
        }
        jdbc.sql("insert into audit_checkpoints (tenant_id, tree_size, root_hash, note, created_at) values (?, ?, ?, ?, ?)")
                .params(tenant, tree.size(), root, note, Timestamp.from(now)).update();
        // In this transaction: the witnesses' deliveries of the checkpoint commit or roll back with it (WitnessOutbox).
        events.publishEvent(new CheckpointSigned(tenant, tree.size(), note, now));
        long signedSize = tree.size();
        // Remembered outside the database once the checkpoint is really there (a rolled-back one was never published).
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastSigned.signed(tenant, signedSize, root);
            }
        });
        return new Batch(pending.size(), new StoredCheckpoint(tree.size(), root, note));
    }

    /**
     * Stores each pending event's position and leaf hash. On PostgreSQL one set-based UPDATE over arrays (a JDBC batch
     * of single-row updates measured about 1 ms per row here, the set-based update 28 ms per 1,000); elsewhere a batch.
     */
    private void assignPositions(UUID tenant, List<AuditEntry> pending) {
        int n = pending.size();
        int updated;
        if (postgres) {
            String[] ids = new String[n];
            Long[] positions = new Long[n];
            String[] leaves = new String[n];
            for (int i = 0; i < n; i++) {
                AuditEntry entry = pending.get(i);
                ids[i] = entry.id().toString();
                positions[i] = entry.index();
                leaves[i] = HexFormat.of().formatHex(entry.leafHash());
            }
            updated = batch.update(con -> {
                var ps = con.prepareStatement("update audit_events e set seq = v.seq, leaf_hash = decode(v.leaf, 'hex') "
                        + "from unnest(?::text[], ?::bigint[], ?::text[]) as v(id, seq, leaf) "
                        + "where e.tenant_id = ? and e.id = v.id::uuid and e.seq is null");
                ps.setArray(1, con.createArrayOf("text", ids));
                ps.setArray(2, con.createArrayOf("bigint", positions));
                ps.setArray(3, con.createArrayOf("text", leaves));
                ps.setObject(4, tenant);
                return ps;
            });
        } else {
            var rows = new ArrayList<Object[]>(n);
            for (AuditEntry entry : pending) {
                rows.add(new Object[] {entry.index(), entry.leafHash(), tenant, entry.id()});
            }
            updated = java.util.Arrays.stream(batch.batchUpdate(
                    "update audit_events set seq = ?, leaf_hash = ? where tenant_id = ? and id = ? and seq is null", rows)).sum();
        }
        if (updated != n) {
            throw new IllegalStateException("A pending access log event changed while the tenant's head was locked");
        }
    }

    /** The stored head; one whose frontier does not fit its size was changed in the database. */
    private static CompactRange head(UUID tenant, long size, byte[] frontier) {
        try {
            return CompactRange.of(size, frontier);
        } catch (IllegalStateException corrupt) {
            throw new IntegrityAlarm(tenant, IntegrityAlarm.Kind.HEAD_MISMATCH, null, null, size, null,
                    "the log's head at size " + size + " has a frontier of " + (frontier == null ? 0 : frontier.length)
                            + " bytes, which no tree of that size has");
        }
    }

    private static AuditEntry entry(UUID tenant, ResultSet rs, long index) throws SQLException {
        return new AuditEntry(tenant, index, rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getObject("actor_id", UUID.class), rs.getObject("actor_org_id", UUID.class),
                rs.getObject("project_id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("assignment_id", UUID.class), rs.getLong("item_count"), rs.getObject("target_id", UUID.class),
                rs.getString("detail"));
    }

    /** Inside a tenant transaction. */
    private Optional<StoredCheckpoint> storedCheckpoint(UUID tenant, long size) {
        return jdbc.sql("select tree_size, root_hash, note from audit_checkpoints where tenant_id = ? and tree_size = ?")
                .params(tenant, size).query((rs, n) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    /** Inside a tenant transaction. */
    private Optional<StoredCheckpoint> latestCheckpoint(UUID tenant) {
        return jdbc.sql("select tree_size, root_hash, note from audit_checkpoints where tenant_id = ? order by tree_size desc limit 1")
                .param(tenant).query((rs, n) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    /** Platform table: readable without a tenant (the tenant no longer exists). */
    public Optional<String> finalCheckpoint(UUID organization) {
        return jdbc.sql("select note from audit_final_checkpoints where org_id = ?").param(organization).query(String.class).optional();
    }

    public Optional<StoredCheckpoint> latest(UUID tenant) {
        return tenants.read(tenant, () -> latestCheckpoint(tenant));
    }

    public Optional<StoredCheckpoint> checkpoint(UUID tenant, long size) {
        return tenants.read(tenant, () -> storedCheckpoint(tenant, size));
    }

    /** The number of sequenced events. */
    public long treeSize(UUID tenant) {
        return tenants.read(tenant, () -> jdbc.sql("select tree_size from audit_heads where tenant_id = ?")
                .param(tenant).query(Long.class).optional().orElse(0L));
    }

    // ---- reading ----

    /**
     * The canonical lines of events [from, to) in order; each line is exactly the bytes hashed into the tree. Throws
     * {@link LogIncomplete} before the first line when a position of the range has no event: the statement counts its
     * rows (a window over the whole result, so in the same snapshot as the rows it returns) and the count arrives with
     * the first row. A short, well-formed answer is never given.
     */
    public void lines(UUID tenant, long from, long to, Consumer<String> out) {
        long expected = Math.max(0, to - from);
        alarming(tenant, () -> tenants.read(tenant, () -> {
            long[] next = {from};
            flushed().sql("select " + COLUMNS + ", count(*) over () as rows_in_range from audit_events "
                            + "where tenant_id = ? and seq >= ? and seq < ? order by seq")
                    .params(tenant, from, to)
                    .query(rs -> {
                        long seq = rs.getLong("seq");
                        if (next[0] == from && rs.getLong("rows_in_range") != expected) {
                            throw new LogIncomplete(firstMissing(tenant, from, to), "no event");
                        }
                        if (seq != next[0]) {
                            // Cannot happen after the count above (positions are unique); kept as the last line of defence.
                            throw new LogIncomplete(next[0], "no event");
                        }
                        out.accept(entry(tenant, rs, seq).line());
                        next[0]++;
                    });
            if (next[0] != Math.max(from, to)) {
                throw new LogIncomplete(next[0], "no event");
            }
            return null;
        }));
    }

    /** Runs a read; damage it finds is raised as an integrity alarm (logged, counted, stored) and thrown on. */
    private <T> T alarming(UUID tenant, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IntegrityAlarm alarm) {
            alarms.raise(alarm);
            throw alarm;
        } catch (LogIncomplete incomplete) {
            alarms.raise(new IntegrityAlarm(tenant, IntegrityAlarm.Kind.INCOMPLETE, null, null, null, null,
                    incomplete.getMessage()));
            throw incomplete;
        }
    }

    /** The first position in [from, to) without an event (to when none is missing). */
    private long firstMissing(UUID tenant, long from, long to) {
        long[] next = {from};
        jdbc.sql("select seq from audit_events where tenant_id = ? and seq >= ? and seq < ? order by seq")
                .params(tenant, from, to).query(rs -> {
                    if (rs.getLong(1) == next[0]) {
                        next[0]++;
                    }
                });
        return next[0];
    }

    public record Proof(long index, long size1, long size2, byte[] leafHash, List<byte[]> path) {
    }

    /**
     * The sequenced events of one project in the tree of {@code size}, oldest first, each as its canonical line with
     * its inclusion proof in that tree (a project bundle). The tenant's leaf hashes are read once: O(size) memory, 32
     * bytes per event of the whole log; each proof then costs O(size) hashing (Merkle.inclusionProof).
     */
    public void projectEvents(UUID tenant, UUID project, long size, java.util.function.BiConsumer<String, Proof> out) {
        List<byte[]> leaves = alarming(tenant, () -> leafHashes(tenant, size));
        alarming(tenant, () -> tenants.read(tenant, () -> {
            flushed().sql("select " + COLUMNS + " from audit_events where tenant_id = ? and project_id = ? and seq >= 0 "
                            + "and seq < ? order by seq")
                    .params(tenant, project, size)
                    .query(rs -> {
                        long seq = rs.getLong("seq");
                        AuditEntry entry = entry(tenant, rs, seq);
                        if (!java.security.MessageDigest.isEqual(entry.leafHash(), leaves.get((int) seq))) {
                            throw new LogIncomplete(seq, "an event that does not hash to its stored leaf");
                        }
                        out.accept(entry.line(), new Proof(seq, 0, size, leaves.get((int) seq), Merkle.inclusionProof(leaves, seq, size)));
                    });
            return null;
        }));
    }

    /** Signs a message with the checkpoint key (the caller prefixes its own context, so no signature means two things). */
    public byte[] sign(byte[] message) {
        try {
            return signer.sign(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The access log key could not sign", e);
        }
    }

    public Proof inclusionProof(UUID tenant, long index, long size) {
        List<byte[]> leaves = alarming(tenant, () -> leafHashes(tenant, size));
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index must be below the tree size " + size);
        }
        return new Proof(index, 0, size, leaves.get((int) index), Merkle.inclusionProof(leaves, index, size));
    }

    public Proof consistencyProof(UUID tenant, long size1, long size2) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("A consistency proof goes from a size above 0 to a size at least as large");
        }
        List<byte[]> leaves = alarming(tenant, () -> leafHashes(tenant, size2));
        return new Proof(-1, size1, size2, null, Merkle.consistencyProof(leaves, size1, size2));
    }

    /**
     * The first {@code size} leaf hashes. Proofs are computed from them in O(size) time and memory (32 bytes per event):
     * fine for logs of millions of events; storing subtree hashes (tiles) would make proofs O(log n) reads.
     */
    private List<byte[]> leafHashes(UUID tenant, long size) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tree size out of range");
        }
        return tenants.read(tenant, () -> {
            long sequenced = jdbc.sql("select tree_size from audit_heads where tenant_id = ?").param(tenant)
                    .query(Long.class).optional().orElse(0L);
            if (size > sequenced) {
                throw new IllegalArgumentException("The log holds " + sequenced + " events, fewer than " + size);
            }
            var leaves = new ArrayList<byte[]>((int) size);
            jdbc.sql("select seq, leaf_hash from audit_events where tenant_id = ? and seq >= 0 and seq < ? order by seq")
                    .params(tenant, size).query(rs -> {
                        long seq = rs.getLong(1);
                        if (seq != leaves.size()) {
                            throw new LogIncomplete(leaves.size(), "no event");
                        }
                        byte[] leaf = rs.getBytes(2);
                        if (leaf == null || leaf.length != Merkle.HASH_SIZE) {
                            throw new LogIncomplete(seq, "no leaf hash");
                        }
                        leaves.add(leaf);
                    });
            if (leaves.size() != size) {
                throw new LogIncomplete(leaves.size(), "no event");
            }
            // Proofs are only worth something against a signed root: leaves that do not hash to the root this server
            // signed at this size were changed in the database, and a proof from them would fail at the customer's.
            storedCheckpoint(tenant, size).ifPresent(signed -> {
                byte[] root = Merkle.root(leaves);
                if (!java.security.MessageDigest.isEqual(root, signed.root())) {
                    throw new IntegrityAlarm(tenant, IntegrityAlarm.Kind.LEAVES_MISMATCH, size, signed.root(), size, root,
                            "the stored leaf hashes of the first " + size + " events hash to root " + IntegrityAlarm.b64(root)
                                    + " but the checkpoint signed at that size has root " + IntegrityAlarm.b64(signed.root()));
                }
            });
            return leaves;
        });
    }
}
