package dev.annota.crypto.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.KeysRetired;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retires the keys a rotation replaced, in two steps, never before it is safe:
 * <ol>
 *   <li><b>Disable</b> every key but the primary, once the rotation's re-encryption job is DONE with no value failed,
 *       the rotation is the organization's latest, {@code annota.crypto.key-retirement-grace} has passed since it (no
 *       instance still seals under an old key from its cache), and a last scan of every encrypted column finds no
 *       value under an old key. If the scan finds some (sealed by another instance before it noticed the rotation),
 *       a re-encryption pass under the same primary is started instead, and retirement waits for that one.</li>
 *   <li><b>Destroy</b> the disabled keys {@code annota.crypto.key-destroy-after} later: removed from the keyset.</li>
 * </ol>
 * Each step is one tenant transaction holding the job's row ({@code FOR UPDATE SKIP LOCKED}, so one instance does it)
 * and the keyset's row, and publishes {@link KeysRetired} for the access log in it.
 */
@Component
public class KeyRetirement {

    /** Why retirement did not (yet) happen, or what it did. */
    public enum Outcome {
        DISABLED, DESTROYED, NOTHING_TO_RETIRE, JOB_NOT_DONE, JOB_HAD_FAILURES, TOO_EARLY, OLD_VALUES_FOUND, NOT_LATEST, BUSY
    }

    public record Result(Outcome outcome, UUID rotationId, int keys, Instant notBefore) {
    }

    private final JdbcClient jdbc;
    private final PendingKeyWork pendingWork;
    private final TenantScope tenants;
    private final TenantKeysets keysets;
    private final Reencryption reencryption;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;
    private final Duration destroyAfter;

    KeyRetirement(JdbcClient jdbc, TenantScope tenants, TenantKeysets keysets, Reencryption reencryption,
                  ApplicationEventPublisher events, Clock clock, CryptoProperties properties, PendingKeyWork pendingWork) {
        this.jdbc = jdbc;
        this.pendingWork = pendingWork;
        this.tenants = tenants;
        this.grace = properties.keyRetirementGrace();
        this.destroyAfter = properties.keyDestroyAfter();
        this.keysets = keysets;
        this.reencryption = reencryption;
        this.events = events;
        this.clock = clock;
    }

    /** The next retirement step of the organization's latest rotation, if it is due. */
    public Result step(UUID tenantId, UUID by, UUID byOrg) {
        return tenants.write(tenantId, () -> {
            var job = jdbc.sql("""
                            select id, state, rows_failed, started_at, keys_disabled_at, keys_destroyed_at, keyset_version
                            from key_rotations where tenant_id = ? order by started_at desc limit 1""")
                    .param(tenantId)
                    .query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getInt(7)))
                    .optional().orElse(null);
            if (job == null) {
                return new Result(Outcome.NOTHING_TO_RETIRE, null, 0, null);
            }
            if (jdbc.sql("select id from key_rotations where id = ? for update skip locked").param(job.id())
                    .query(UUID.class).optional().isEmpty()) {
                return new Result(Outcome.BUSY, job.id(), 0, null);
            }
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            if (job.destroyedAt() != null) {
                return new Result(Outcome.NOTHING_TO_RETIRE, job.id(), 0, null);
            }
            if (job.disabledAt() != null) {
                Instant due = job.disabledAt().plus(destroyAfter);
                if (now.isBefore(due)) {
                    return new Result(Outcome.TOO_EARLY, job.id(), 0, due);
                }
                var destroyed = keysets.destroyDisabledKeys(tenantId);
                mark(job.id(), "keys_destroyed_at", now);
                if (destroyed.keys() > 0) {
                    events.publishEvent(new KeysRetired(tenantId, KeysRetired.Step.DESTROYED, destroyed.keys(), destroyed.version(),
                            by, byOrg, now));
                }
                return new Result(Outcome.DESTROYED, job.id(), destroyed.keys(), null);
            }
            if (!"DONE".equals(job.state())) {
                return new Result(Outcome.JOB_NOT_DONE, job.id(), 0, null);
            }
            if (job.failed() > 0) {
                // Those values open only under an old key: disabling it would lose them. An admin decides (see docs).
                return new Result(Outcome.JOB_HAD_FAILURES, job.id(), 0, null);
            }
            Instant due = job.startedAt().plus(grace);
            if (now.isBefore(due)) {
                return new Result(Outcome.TOO_EARLY, job.id(), 0, due);
            }
            var keyset = keysets.reload(tenantId).orElse(null);
            if (keyset == null) {
                return new Result(Outcome.NOTHING_TO_RETIRE, job.id(), 0, null);
            }
            if (keyset.version() != job.keysetVersion()) {
                // The keyset changed since this rotation (a newer rotation's job would be the latest): not ours to retire.
                return new Result(Outcome.NOT_LATEST, job.id(), 0, null);
            }
            long old = valuesUnderOtherKeys(tenantId, keyset.primaryKeyId());
            if (old > 0) {
                reencryption.start(tenantId, keyset.version(), by);
                return new Result(Outcome.OLD_VALUES_FOUND, job.id(), (int) Math.min(Integer.MAX_VALUE, old), null);
            }
            var disabled = keysets.disableOldKeys(tenantId);
            mark(job.id(), "keys_disabled_at", now);
            // The new keyset version is this job's now: the destroy step recognizes it as its own.
            jdbc.sql("update key_rotations set keyset_version = ? where id = ?").params(disabled.version(), job.id()).update();
            if (disabled.keys() > 0) {
                events.publishEvent(new KeysRetired(tenantId, KeysRetired.Step.DISABLED, disabled.keys(), disabled.version(),
                        by, byOrg, now));
            }
            return new Result(disabled.keys() > 0 ? Outcome.DISABLED : Outcome.NOTHING_TO_RETIRE, job.id(), disabled.keys(), null);
        });
    }

    /**
     * Stored values of the tenant not sealed under the primary key, read from their key-id prefix (nothing is
     * decrypted). Row locks are not needed: any instance sealing now does so under the primary (the grace has passed).
     */
    long valuesUnderOtherKeys(UUID tenantId, int primaryKeyId) {
        long count = 0;
        for (EncryptedColumn column : reencryption.columns()) {
            if (column.deterministic()) {
                // Sealed under the deterministic keyset, which rotation and retirement never touch.
                continue;
            }
            var values = jdbc.sql("select " + column.column() + " from " + column.table() + " where tenant_id = ? and "
                            + column.column() + " is not null")
                    .param(tenantId).query(String.class).list();
            for (String stored : values) {
                Integer keyId = ValueCodec.keyId(stored);
                if (keyId == null || keyId != primaryKeyId) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Runs every retirement step due now (the background job, after the re-encryption runs); returns the steps done.
     * A failure for one organization is logged by id and left for the next run.
     */
    public int runDue(UUID actor) {
        int done = 0;
        for (UUID tenant : candidates()) {
            try {
                var result = step(tenant, actor, actor);
                if (result.outcome() == Outcome.DISABLED || result.outcome() == Outcome.DESTROYED) {
                    done++;
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(KeyRetirement.class)
                        .warn("Key retirement for organization {} failed: {}", tenant, e.toString());
            }
        }
        return done;
    }

    /** Tenants whose latest rotation may have a retirement step due (no tenant needed: see PendingKeyWork). */
    List<UUID> candidates() {
        return pendingWork.retirementCandidates();
    }

    private void mark(UUID job, String column, Instant at) {
        jdbc.sql("update key_rotations set " + column + " = ? where id = ?").params(Timestamp.from(at), job).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private record Job(UUID id, String state, long failed, Instant startedAt, Instant disabledAt, Instant destroyedAt,
                       int keysetVersion) {
    }

    static Map<Outcome, String> explanations() {
        return Map.of(
                Outcome.JOB_NOT_DONE, "The re-encryption job of the latest rotation is still running; old keys are retired once it is DONE.",
                Outcome.JOB_HAD_FAILURES, "The latest re-encryption left values it could not open; retiring the old keys would lose them.",
                Outcome.TOO_EARLY, "Too early: other instances may still hold the keyset from before the rotation.",
                Outcome.OLD_VALUES_FOUND, "Values sealed under an old key were found; a re-encryption pass was started. Retry when it is DONE.",
                Outcome.NOT_LATEST, "The keyset changed since the latest rotation; rotate again to retire.",
                Outcome.BUSY, "Another instance is working on this rotation; retry in a moment.",
                Outcome.NOTHING_TO_RETIRE, "There are no old keys to retire.");
    }
}
