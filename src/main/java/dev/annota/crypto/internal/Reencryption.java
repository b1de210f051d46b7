package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.uuid.Generators;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.EncryptedColumns;
import dev.annota.crypto.KeysShredded;
import dev.annota.crypto.Rotation;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.annota.crypto.ReencryptionFinished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The re-encryption job of a key rotation: rewrites every registered {@link EncryptedColumn} of the tenant under its
 * new primary key, one batch of rows per transaction.
 *
 * <ul>
 *   <li>Several instances: a batch starts by locking the job's row with {@code FOR UPDATE SKIP LOCKED}; an instance
 *       that finds it locked leaves the job to the one holding it. The rows of the batch are locked {@code FOR UPDATE}
 *       (claims skip them for those milliseconds; a submit waits for them).</li>
 *   <li>Resumable: the column in progress and the last row id done are committed with each batch.</li>
 *   <li>Tenant-scoped: each batch runs in {@link TenantScope#write}, so row-level security applies to it.</li>
 * </ul>
 * Values already under the primary key are recognized from the key id in their prefix and left alone, without
 * decrypting them. A value that will not open is counted and named in the log (tenant, column, row; no content).
 */
@Component
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final String COLUMNS = """
            id, tenant_id, keyset_version, state, phase, rows_total, rows_scanned, rows_reencrypted, rows_failed,
            requested_by, started_at, updated_at, finished_at, keys_disabled_at, keys_destroyed_at""";

    private final JdbcClient jdbc;
    private final PendingKeyWork pendingWork;
    private final JdbcTemplate batches;
    private final TenantScope tenants;
    private final TenantKeysets keysets;
    private final List<EncryptedColumn> columns;
    private final Clock clock;
    private final int batchSize;
    private final boolean acceptPlaintext;
    private final ApplicationEventPublisher events;

    Reencryption(JdbcClient jdbc, JdbcTemplate batches, TenantScope tenants, TenantKeysets keysets,
                 List<EncryptedColumn> columns, List<EncryptedColumns> declaredTogether, Clock clock,
                 CryptoProperties properties, ApplicationEventPublisher events, PendingKeyWork pendingWork) {
        this.jdbc = jdbc;
        this.pendingWork = pendingWork;
        this.events = events;
        this.columns = Stream.concat(columns.stream(), declaredTogether.stream().flatMap(d -> d.columns().stream()))
                .distinct().sorted(Comparator.comparing(EncryptedColumn::qualifiedName)).toList();
        this.batches = batches;
        this.tenants = tenants;
        this.keysets = keysets;
        this.clock = clock;
        this.batchSize = properties.reencryptBatchSize();
        this.acceptPlaintext = properties.acceptPlaintext();
    }

    /** Every registered sealed column, once each, in the order a job visits them. */
    List<EncryptedColumn> columns() {
        return columns;
    }

    /** Starts the job of a rotation to {@code version}; runs in the rotation's tenant transaction. */
    public Rotation start(UUID tenantId, int version, UUID by) {
        Timestamp now = now();
        // Rewriting everything under the newest primary key covers whatever an older, unfinished job had left.
        jdbc.sql("update key_rotations set state = 'SUPERSEDED', phase = null, updated_at = ?, finished_at = ? "
                        + "where tenant_id = ? and state = 'RUNNING'")
                .params(now, now, tenantId).update();
        long total = 0;
        for (EncryptedColumn column : columns) {
            total += jdbc.sql("select count(*) from " + column.table() + " where tenant_id = ?")
                    .param(tenantId).query(Long.class).single();
        }
        UUID id = Generators.timeBasedEpochGenerator().generate();
        boolean nothing = columns.isEmpty();
        jdbc.sql("""
                insert into key_rotations (id, tenant_id, keyset_version, state, phase, cursor_id, rows_total, rows_scanned,
                                           rows_reencrypted, rows_failed, requested_by, started_at, updated_at, finished_at)
                values (?, ?, ?, ?, ?, null, ?, 0, 0, 0, ?, ?, ?, ?)""")
                .params(id, tenantId, version, nothing ? "DONE" : "RUNNING", nothing ? null : columns.getFirst().qualifiedName(),
                        total, by, now, now, nothing ? now : null)
                .update();
        return find(tenantId, id).orElseThrow();
    }

    /** The keyset is gone: nothing left to re-encrypt. Runs in the shredding's tenant transaction. */
    public void cancel(UUID tenantId) {
        Timestamp now = now();
        jdbc.sql("update key_rotations set state = 'CANCELLED', phase = null, updated_at = ?, finished_at = ? "
                        + "where tenant_id = ? and state = 'RUNNING'")
                .params(now, now, tenantId).update();
    }

    public List<Rotation> of(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from key_rotations where tenant_id = ? order by started_at desc")
                .param(tenantId).query(Reencryption::map).list();
    }

    public Optional<Rotation> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from key_rotations where tenant_id = ? and id = ?")
                .params(tenantId, id).query(Reencryption::map).optional();
    }

    /**
     * Works through the running jobs, batch after batch, until none is left or {@code budget} has passed. Returns the
     * number of batches done. Safe to call from several threads and instances at once.
     */
    public int runPending(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int done = 0;
        var pending = pendingWork.runningRotations();
        for (var job : pending) {
            boolean more = true;
            while (more && System.nanoTime() < deadline) {
                more = step(job.getKey(), job.getValue());
                done++;
            }
        }
        return done;
    }

    /** The running jobs' progress: rows to scan and scanned, summed (each job read in its tenant's transaction). */
    Progress progress() {
        long total = 0, scanned = 0;
        var running = pendingWork.runningRotations();
        for (var job : running) {
            var row = tenants.read(job.getValue(), () -> jdbc.sql(
                            "select rows_total, rows_scanned from key_rotations where id = ? and state = 'RUNNING'")
                    .param(job.getKey()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional());
            if (row.isPresent()) {
                total += row.get()[0];
                scanned += row.get()[1];
            }
        }
        return new Progress(running.size(), total, scanned);
    }

    record Progress(long jobs, long rowsTotal, long rowsScanned) {
    }

    /** One batch of one job in one tenant transaction; false when the job is finished or another instance holds it. */
    boolean step(UUID rotationId, UUID tenantId) {
        return tenants.write(tenantId, () -> {
            var job = jdbc.sql("select keyset_version, phase, cursor_id from key_rotations "
                            + "where id = ? and state = 'RUNNING' for update skip locked")
                    .param(rotationId)
                    .query((rs, n) -> new Job(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class)))
                    .optional().orElse(null);
            if (job == null) {
                return false;
            }
            TenantKeyset keyset;
            try {
                keyset = keysets.forSealing(tenantId);
                if (keyset.version() < job.version()) {
                    keyset = keysets.reload(tenantId).orElseThrow();
                }
            } catch (KeysShredded shredded) {
                cancel(tenantId);
                return false;
            }
            int index = Math.max(0, indexOf(job.phase()));
            if (index >= columns.size()) {
                finish(rotationId, tenantId, job.version(), 0, 0, 0);
                return false;
            }
            EncryptedColumn column = columns.get(index);
            var batch = column.deterministic() ? deterministicBatch(column, tenantId, job.cursor())
                    : batch(column, tenantId, keyset, job.cursor());
            if (batch.scanned() < rowsPerBatch(column)) {
                if (index + 1 < columns.size()) {
                    advance(rotationId, columns.get(index + 1).qualifiedName(), null, batch);
                    return true;
                }
                finish(rotationId, tenantId, job.version(), batch.scanned(), batch.reencrypted(), batch.failed());
                return false;
            }
            advance(rotationId, column.qualifiedName(), batch.last(), batch);
            return true;
        });
    }

    private Batch batch(EncryptedColumn column, UUID tenantId, TenantKeyset keyset, UUID cursor) {
        String select = "select id, " + column.column() + " from " + column.table() + " where tenant_id = ?"
                + (cursor == null ? "" : " and id > ?") + " order by id limit ? for update";
        int size = rowsPerBatch(column);
        Object[] params = cursor == null ? new Object[] {tenantId, size} : new Object[] {tenantId, cursor, size};
        var rows = jdbc.sql(select).params(params)
                // SimpleEntry, not Map.entry: a nullable column (an item without predictions) gives null values.
                .query((rs, n) -> (Map.Entry<UUID, String>) new java.util.AbstractMap.SimpleEntry<>(rs.getObject(1, UUID.class),
                        rs.getString(2))).list();
        var updates = new ArrayList<Object[]>();
        long failed = 0;
        for (var row : rows) {
            String stored = row.getValue();
            if (stored == null) {
                // A nullable column (an item without predictions): nothing to seal.
                continue;
            }
            Integer keyId = ValueCodec.keyId(stored);
            if (keyId != null && keyId == keyset.primaryKeyId()) {
                continue;
            }
            // Bytes, not text: the same job rewrites text columns and binary ones (uploaded images) alike.
            byte[] plaintext;
            try {
                if (!ValueCodec.isSealed(stored)) {
                    if (!acceptPlaintext) {
                        throw new GeneralSecurityException("not an encrypted value");
                    }
                    plaintext = stored.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                } else {
                    plaintext = ValueCodec.openBytes(keyset.aead(), tenantId, column, row.getKey(), stored);
                }
                updates.add(new Object[] {ValueCodec.sealBytes(keyset.aead(), tenantId, column, row.getKey(), plaintext),
                        tenantId, row.getKey()});
            } catch (GeneralSecurityException e) {
                failed++;
                log.warn("Re-encryption: {} of row {} (organization {}) does not open ({}); left as it is",
                        column.qualifiedName(), row.getKey(), tenantId, e.getMessage());
            }
        }
        if (!updates.isEmpty()) {
            batches.batchUpdate("update " + column.table() + " set " + column.column() + " = ? where tenant_id = ? and id = ?",
                    updates);
        }
        UUID last = rows.isEmpty() ? cursor : rows.getLast().getKey();
        return new Batch(rows.size(), updates.size(), failed, last);
    }

    /**
     * A batch of a deterministic column: its keyset is never rotated (equal values must keep equal ciphertexts across
     * every row), so sealed values are left alone; only plaintext left from before (the upgrade mode) is sealed. A
     * plaintext value whose sealed form the scope already holds (the same external id imported again while the old
     * one was still plaintext) is counted as failed and named in the log, not written over the unique index.
     */
    private Batch deterministicBatch(EncryptedColumn column, UUID tenantId, UUID cursor) {
        String select = "select id, " + column.column() + ", " + column.scope() + " from " + column.table()
                + " where tenant_id = ?" + (cursor == null ? "" : " and id > ?") + " order by id limit ? for update";
        int size = rowsPerBatch(column);
        Object[] params = cursor == null ? new Object[] {tenantId, size} : new Object[] {tenantId, cursor, size};
        record Row(UUID id, String stored, UUID scope) {
        }
        var rows = jdbc.sql(select).params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class))).list();
        long sealed = 0;
        long failed = 0;
        TenantKeyset keyset = null;
        for (var row : rows) {
            if (row.stored() == null || ValueCodec.isDeterministic(row.stored())) {
                continue;
            }
            if (!acceptPlaintext) {
                failed++;
                log.warn("Re-encryption: {} of row {} (organization {}) is not an encrypted value; left as it is",
                        column.qualifiedName(), row.id(), tenantId);
                continue;
            }
            try {
                if (keyset == null) {
                    keyset = keysets.forDeterministicSealing(tenantId);
                }
                String value = ValueCodec.sealDeterministic(keyset.deterministic(), tenantId, column, row.scope(), row.stored());
                boolean taken = jdbc.sql("select count(*) from " + column.table() + " where tenant_id = ? and "
                                + column.scope() + " = ? and " + column.column() + " = ?")
                        .params(tenantId, row.scope(), value).query(Long.class).single() > 0;
                if (taken) {
                    failed++;
                    log.warn("Re-encryption: {} of row {} (organization {}) repeats a value its {} already holds sealed; "
                            + "left as it is", column.qualifiedName(), row.id(), tenantId, column.scope());
                    continue;
                }
                jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where tenant_id = ? and id = ?")
                        .params(value, tenantId, row.id()).update();
                sealed++;
            } catch (GeneralSecurityException e) {
                failed++;
                log.warn("Re-encryption: {} of row {} (organization {}) cannot be sealed ({})", column.qualifiedName(),
                        row.id(), tenantId, e.getMessage());
            }
        }
        UUID last = rows.isEmpty() ? cursor : rows.getLast().id();
        return new Batch(rows.size(), sealed, failed, last);
    }

    private int rowsPerBatch(EncryptedColumn column) {
        return column.rowsPerBatch() == 0 ? batchSize : Math.min(batchSize, column.rowsPerBatch());
    }

    private void advance(UUID rotationId, String phase, UUID cursor, Batch batch) {
        jdbc.sql("""
                update key_rotations set phase = ?, cursor_id = ?, rows_scanned = rows_scanned + ?,
                       rows_reencrypted = rows_reencrypted + ?, rows_failed = rows_failed + ?, updated_at = ?
                where id = ?""")
                .params(phase, cursor, batch.scanned(), batch.reencrypted(), batch.failed(), now(), rotationId).update();
    }

    private void finish(UUID rotationId, UUID tenantId, int version, long scanned, long reencrypted, long failed) {
        Timestamp now = now();
        jdbc.sql("""
                update key_rotations set state = 'DONE', phase = null, cursor_id = null, rows_scanned = rows_scanned + ?,
                       rows_reencrypted = rows_reencrypted + ?, rows_failed = rows_failed + ?, updated_at = ?, finished_at = ?
                where id = ?""")
                .params(scanned, reencrypted, failed, now, now, rotationId).update();
        var done = find(tenantId, rotationId).orElseThrow();
        // In the last batch's transaction: the job is DONE exactly when its event is in the organization's log.
        events.publishEvent(new ReencryptionFinished(tenantId, rotationId, version, done.rowsReencrypted(), done.rowsFailed(),
                now.toInstant()));
        log.info("Re-encryption {} done", rotationId);
    }

    private int indexOf(String phase) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).qualifiedName().equals(phase)) {
                return i;
            }
        }
        return phase == null ? 0 : columns.size();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    private static Rotation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rotation(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getInt("keyset_version"),
                rs.getString("state"), rs.getString("phase"), rs.getLong("rows_total"), rs.getLong("rows_scanned"),
                rs.getLong("rows_reencrypted"), rs.getLong("rows_failed"), rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getTimestamp("keys_disabled_at") == null ? null : rs.getTimestamp("keys_disabled_at").toInstant(),
                rs.getTimestamp("keys_destroyed_at") == null ? null : rs.getTimestamp("keys_destroyed_at").toInstant());
    }

    private record Job(int version, String phase, UUID cursor) {
    }

    private record Batch(long scanned, long reencrypted, long failed, UUID last) {
    }
}
