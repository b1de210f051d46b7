package dev.annota.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.audit.AuditEvent;
import dev.annota.crypto.TenantCrypto;
import dev.annota.operations.DomainMetrics;
import dev.annota.tenancy.TenantScope;
import dev.annota.webhook.Backoff;
import dev.annota.webhook.SignedRequests;
import dev.annota.webhook.TenantSenders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the witnesses' pending deliveries, from any instance. A delivery is claimed in a short tenant transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so two instances never take the same row) that moves its next attempt past a lease;
 * the request is then made outside any transaction (no connection is held while a receiver answers), and its outcome
 * is written in a second one: delivered, or the next attempt after an exponential backoff with jitter, or — once the
 * retry period has passed — failed for good, which disables the witness. An instance that stops mid-request leaves the
 * delivery to be sent again when the lease ends: a receiver may see a checkpoint twice (same {@code webhook-id}),
 * never not at all.
 */
@Component
class WitnessDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WitnessDelivery.class);
    private static final int CLAIM = 10;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final TenantCrypto crypto;
    private final AuditLog audit;
    private final SignedRequests requests;
    private final WitnessSettings settings;
    private final Clock clock;
    private final DomainMetrics metrics;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    private final TenantSenders senders = new TenantSenders("Witness deliveries", this::deliverDue);

    WitnessDelivery(JdbcClient jdbc, TenantScope tenants, TenantCrypto crypto, AuditLog audit, SignedRequests requests,
                    WitnessSettings settings, Clock clock, DomainMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.crypto = crypto;
        this.audit = audit;
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends the tenant's due deliveries on a thread of their own, now (after a checkpoint's commit). */
    void soon(UUID tenant) {
        senders.soon(tenant);
    }

    /** Every tenant's due deliveries (the periodic sweep); returns the number of requests made. */
    int runDue() {
        return senders.sweep(jdbc.sql("select distinct tenant_id from witness_due where due_at <= ?")
                .param(Timestamp.from(now())).query(UUID.class).list());
    }

    /** The tenant's due deliveries, batch by batch, until none is due; returns the number of requests made. */
    int deliverDue(UUID tenant) {
        int sent = 0;
        while (true) {
            Batch batch = claim(tenant);
            for (Claimed c : batch.claimed()) {
                send(tenant, c);
                sent++;
            }
            if (batch.rows() < CLAIM) {
                return sent;
            }
        }
    }

    private record Claimed(UUID id, UUID witnessId, long size, String note, int attempt, Instant createdAt, String url,
                           String secret, String unusable) {
    }

    /** The deliveries to send now, of {@code rows} taken (those of a removed or disabled witness were closed instead). */
    private record Batch(List<Claimed> claimed, int rows) {
    }

    private Batch claim(UUID tenant) {
        return tenants.write(tenant, () -> {
            Instant now = now();
            var rows = jdbc.sql("""
                            select id, witness_id, tree_size, note, attempts, created_at from witness_deliveries
                            where tenant_id = ? and state = 'PENDING' and next_attempt_at <= ?
                            order by next_attempt_at, id limit ? for update skip locked""")
                    .params(tenant, Timestamp.from(now), CLAIM)
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
                            rs.getString(4), rs.getInt(5) + 1, Witnesses.instant(rs, 6), null, null, null))
                    .list();
            // Platform rows whose delivery is gone or finished (its organization was deleted after the row was written).
            jdbc.sql("""
                    delete from witness_due where tenant_id = ? and due_at <= ? and not exists (
                        select 1 from witness_deliveries d
                        where d.tenant_id = witness_due.tenant_id and d.id = witness_due.delivery_id and d.state = 'PENDING')""")
                    .params(tenant, Timestamp.from(now)).update();
            var claimed = new ArrayList<Claimed>();
            Timestamp leaseEnd = Timestamp.from(now.plus(SignedRequests.lease(settings.timeout())));
            for (Claimed c : rows) {
                var witness = jdbc.sql("select url, secret, state from witnesses where tenant_id = ? and id = ?")
                        .params(tenant, c.witnessId())
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
                if (witness.isEmpty() || !"ACTIVE".equals(witness.get()[2])) {
                    finish(tenant, c.id(), "FAILED", now);
                    continue;
                }
                String secret = null;
                String unusable = null;
                try {
                    secret = crypto.open(Witnesses.SECRET, tenant, c.witnessId(), witness.get()[1]);
                } catch (RuntimeException e) {
                    unusable = "The witness's secret does not open: " + e.getMessage();
                }
                jdbc.sql("update witness_deliveries set attempts = ?, next_attempt_at = ? where tenant_id = ? and id = ?")
                        .params(c.attempt(), leaseEnd, tenant, c.id()).update();
                jdbc.sql("update witness_due set due_at = ? where delivery_id = ?").params(leaseEnd, c.id()).update();
                claimed.add(new Claimed(c.id(), c.witnessId(), c.size(), c.note(), c.attempt(), c.createdAt(),
                        witness.get()[0], secret, unusable));
            }
            return new Batch(claimed, rows.size());
        });
    }

    private void send(UUID tenant, Claimed c) {
        if (c.unusable() != null) {
            record(tenant, c, null, c.unusable().length() <= 500 ? c.unusable() : c.unusable().substring(0, 497) + "...", 0);
            return;
        }
        var outcome = requests.post(c.url(), c.secret(), c.id().toString(), c.note().getBytes(StandardCharsets.UTF_8),
                settings.timeout(), Map.of("Content-Type", "text/plain; charset=utf-8", "User-Agent", "Annota-Witness/1",
                        "Annota-Tree-Size", Long.toString(c.size())));
        metrics.webhookDelivery("witness", outcome.error() == null);
        record(tenant, c, outcome.status(), outcome.error(), outcome.millis());
    }

    private void record(UUID tenant, Claimed c, Integer status, String error, long millis) {
        tenants.write(tenant, () -> {
            Instant now = now();
            if (jdbc.sql("select id from witness_deliveries where tenant_id = ? and id = ? for update").params(tenant, c.id())
                    .query(UUID.class).optional().isEmpty()) {
                return; // the witness was removed while its request was on the way: nothing left to log
            }
            jdbc.sql("""
                    insert into witness_attempts (tenant_id, id, witness_id, delivery_id, tree_size, attempted_at, status_code, error, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant, IDS.generate(), c.witnessId(), c.id(), c.size(), Timestamp.from(now), status,
                            error, millis)
                    .update();
            if (error == null) {
                finish(tenant, c.id(), "DELIVERED", now);
            } else if (!now.isBefore(c.createdAt().plus(settings.retryFor()))) {
                finish(tenant, c.id(), "FAILED", now);
                disable(tenant, c, now);
            } else {
                Timestamp next = Timestamp.from(now.plus(Backoff.after(c.attempt(), settings.retryBase(), settings.retryMax())));
                jdbc.sql("update witness_deliveries set next_attempt_at = ? where tenant_id = ? and id = ? and state = 'PENDING'")
                        .params(next, tenant, c.id()).update();
                jdbc.sql("update witness_due set due_at = ? where delivery_id = ?").params(next, c.id()).update();
            }
        });
    }

    private void finish(UUID tenant, UUID delivery, String state, Instant now) {
        jdbc.sql("update witness_deliveries set state = ?, finished_at = ? where tenant_id = ? and id = ? and state = 'PENDING'")
                .params(state, Timestamp.from(now), tenant, delivery).update();
        jdbc.sql("delete from witness_due where delivery_id = ?").param(delivery).update();
    }

    /** Persistent failure: the witness stops receiving until its admin sends again; the page shows why. */
    private void disable(UUID tenant, Claimed c, Instant now) {
        String reason = "Every attempt to deliver the checkpoint of size " + c.size() + " failed for "
                + settings.retryFor().toHours() + " hours (" + c.attempt() + " attempts).";
        int changed = jdbc.sql("""
                        update witnesses set state = 'DISABLED', disabled_at = ?, disabled_reason = ?
                        where tenant_id = ? and id = ? and state = 'ACTIVE'""")
                .params(Timestamp.from(now), reason, tenant, c.witnessId()).update();
        if (changed == 1) {
            for (UUID pending : jdbc.sql("select id from witness_deliveries where tenant_id = ? and witness_id = ? and state = 'PENDING'")
                    .params(tenant, c.witnessId()).query(UUID.class).list()) {
                finish(tenant, pending, "FAILED", now);
            }
            audit.record(AuditEvent.administrative(tenant, AuditEvent.WITNESS_DISABLE, AuditEvent.SYSTEM, AuditEvent.SYSTEM, null,
                    c.witnessId(), "attempts=" + c.attempt(), now));
            log.warn("Witness {} of organization {} disabled: {}", c.witnessId(), tenant, reason);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void destroy() {
        senders.close();
    }
}
