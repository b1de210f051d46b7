package dev.annota.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.audit.AuditEvent;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import dev.annota.tenancy.TenantScope;
import dev.annota.webhook.OutboundHosts;
import dev.annota.webhook.WebhookSignature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organization's witnesses: the URLs each signed checkpoint of its access log is pushed to, with the signing secret
 * sealed under the organization's keyset. Every change is an administrative act in the organization's own log, in the
 * transaction of the change (witness.add, witness.remove, witness.rotate, witness.redeliver).
 */
@Component
record Witnesses(JdbcClient jdbc, TenantScope tenants, TenantCrypto crypto, AuditLog log, OutboundHosts hosts,
        WitnessOutbox outbox, Clock clock) {

    static final EncryptedColumn SECRET = new EncryptedColumn("witnesses", "secret");
    /** "One or a few" per organization: enough for the customer's own store and a second party. */
    static final int MAX_PER_ORGANIZATION = 5;

    private static final String COLUMNS = "w.id, w.url, w.state, w.created_by, w.created_at, w.secret_rotated_at, "
            + "w.disabled_at, w.disabled_reason, "
            + "(select count(*) from witness_deliveries d where d.tenant_id = w.tenant_id and d.witness_id = w.id and d.state = 'PENDING'), "
            + "(select max(d.finished_at) from witness_deliveries d where d.tenant_id = w.tenant_id and d.witness_id = w.id and d.state = 'DELIVERED')";
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    record Witness(UUID id, String url, String state, UUID createdBy, Instant createdAt, Instant secretRotatedAt,
                   Instant disabledAt, String disabledReason, long pendingDeliveries, Instant lastDeliveredAt) {
    }

    /** A new witness and its secret, which is shown this once. */
    record Created(Witness witness, String secret) {
    }

    /** One entry of a witness's delivery log. */
    record Attempt(UUID deliveryId, long treeSize, Instant attemptedAt, Integer statusCode, String error, long durationMs,
                   String deliveryState) {
    }

    record Delivery(UUID id, UUID witnessId, long treeSize, String state, Instant nextAttemptAt) {
    }

    Created add(UUID tenant, UUID actor, UUID actorOrg, String url) {
        var target = hosts.check(url, "url");
        String secret = WebhookSignature.newSecret();
        UUID id = IDS.generate();
        Instant now = now();
        tenants.write(tenant, () -> {
            long existing = jdbc.sql("select count(*) from witnesses where tenant_id = ?").param(tenant).query(Long.class).single();
            if (existing >= MAX_PER_ORGANIZATION) {
                throw new WitnessRefused("url", "An organization has at most " + MAX_PER_ORGANIZATION
                        + " witnesses; remove one first.");
            }
            jdbc.sql("""
                    insert into witnesses (tenant_id, id, url, secret, state, created_by, created_at)
                    values (?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                    .params(tenant, id, target.url().toString(), crypto.seal(SECRET, tenant, id, secret), actor, ts(now))
                    .update();
            log.record(AuditEvent.administrative(tenant, AuditEvent.WITNESS_ADD, actor, actorOrg, null, id,
                    "host=" + target.host(), now));
        });
        return new Created(find(tenant, id).orElseThrow(), secret);
    }

    List<Witness> list(UUID tenant) {
        return tenants.read(tenant, () -> jdbc.sql("select " + COLUMNS + " from witnesses w where w.tenant_id = ? order by w.created_at, w.id")
                .param(tenant).query(Witnesses::witness).list());
    }

    Optional<Witness> find(UUID tenant, UUID id) {
        return tenants.read(tenant, () -> jdbc.sql("select " + COLUMNS + " from witnesses w where w.tenant_id = ? and w.id = ?")
                .params(tenant, id).query(Witnesses::witness).optional());
    }

    /** Removes the witness with its pending deliveries and its delivery log; false when there is none. */
    boolean remove(UUID tenant, UUID actor, UUID actorOrg, UUID id) {
        return tenants.write(tenant, () -> {
            var url = jdbc.sql("select url from witnesses where tenant_id = ? and id = ? for update").params(tenant, id)
                    .query(String.class).optional();
            if (url.isEmpty()) {
                return false;
            }
            jdbc.sql("delete from witness_due where tenant_id = ? and delivery_id in "
                    + "(select id from witness_deliveries where tenant_id = ? and witness_id = ?)").params(tenant, tenant, id).update();
            jdbc.sql("delete from witness_attempts where tenant_id = ? and witness_id = ?").params(tenant, id).update();
            jdbc.sql("delete from witness_deliveries where tenant_id = ? and witness_id = ?").params(tenant, id).update();
            jdbc.sql("delete from witnesses where tenant_id = ? and id = ?").params(tenant, id).update();
            log.record(AuditEvent.administrative(tenant, AuditEvent.WITNESS_REMOVE, actor, actorOrg, null, id,
                    "host=" + java.net.URI.create(url.get()).getHost(), now()));
            return true;
        });
    }

    /** A new secret for the witness (the old one stops at once); empty when there is no such witness. */
    Optional<String> rotate(UUID tenant, UUID actor, UUID actorOrg, UUID id) {
        String secret = WebhookSignature.newSecret();
        Instant now = now();
        return tenants.write(tenant, () -> {
            int changed = jdbc.sql("update witnesses set secret = ?, secret_rotated_at = ? where tenant_id = ? and id = ?")
                    .params(crypto.seal(SECRET, tenant, id, secret), ts(now), tenant, id).update();
            if (changed == 0) {
                return Optional.<String>empty();
            }
            log.record(AuditEvent.administrative(tenant, AuditEvent.WITNESS_ROTATE, actor, actorOrg, null, id, null, now));
            return Optional.of(secret);
        });
    }

    /** The witness's delivery log, newest first; empty when there is no such witness. */
    Optional<List<Attempt>> attempts(UUID tenant, UUID id, int limit) {
        return tenants.read(tenant, () -> {
            if (jdbc.sql("select count(*) from witnesses where tenant_id = ? and id = ?").params(tenant, id).query(Long.class).single() == 0) {
                return Optional.<List<Attempt>>empty();
            }
            return Optional.of(jdbc.sql("""
                            select a.delivery_id, a.tree_size, a.attempted_at, a.status_code, a.error, a.duration_ms, d.state
                            from witness_attempts a
                            left join witness_deliveries d on d.tenant_id = a.tenant_id and d.id = a.delivery_id
                            where a.tenant_id = ? and a.witness_id = ?
                            order by a.attempted_at desc, a.id desc limit ?""")
                    .params(tenant, id, limit)
                    .query((rs, n) -> new Attempt(rs.getObject(1, UUID.class), rs.getLong(2), instant(rs, 3),
                            (Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getLong(6), rs.getString(7)))
                    .list());
        });
    }

    /**
     * Queues the checkpoint of {@code size} (default: the latest) for the witness again, as a new delivery due now,
     * and makes a disabled witness active again. Empty when there is no such witness; a size the server signed no
     * checkpoint of is refused.
     */
    Optional<Delivery> redeliver(UUID tenant, UUID actor, UUID actorOrg, UUID id, Long size) {
        Instant now = now();
        return tenants.write(tenant, () -> {
            var witness = jdbc.sql("select state from witnesses where tenant_id = ? and id = ? for update").params(tenant, id)
                    .query(String.class).optional();
            if (witness.isEmpty()) {
                return Optional.<Delivery>empty();
            }
            var checkpoint = size == null ? log.latest(tenant) : log.checkpoint(tenant, size);
            if (checkpoint.isEmpty()) {
                throw new WitnessRefused("size", size == null ? "No checkpoint has been signed yet."
                        : "The server signed no checkpoint of size " + size + ".");
            }
            jdbc.sql("update witnesses set state = 'ACTIVE', disabled_at = null, disabled_reason = null where tenant_id = ? and id = ?")
                    .params(tenant, id).update();
            UUID delivery = outbox.enqueue(tenant, id, checkpoint.get().size(), checkpoint.get().note(), now);
            log.record(AuditEvent.administrative(tenant, AuditEvent.WITNESS_REDELIVER, actor, actorOrg, null, id,
                    "size=" + checkpoint.get().size(), now));
            return Optional.of(new Delivery(delivery, id, checkpoint.get().size(), "PENDING", now));
        });
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static Witness witness(ResultSet rs, int n) throws SQLException {
        return new Witness(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getLong(9), instant(rs, 10));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
