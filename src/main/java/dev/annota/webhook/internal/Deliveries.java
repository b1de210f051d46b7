package dev.annota.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.crypto.TenantCrypto;
import dev.annota.notification.Notifications;
import dev.annota.operations.DomainMetrics;
import dev.annota.tenancy.TenantScope;
import dev.annota.webhook.Backoff;
import dev.annota.webhook.SignedRequests;
import dev.annota.webhook.TenantSenders;
import dev.annota.webhook.WebhookChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the webhooks' due messages, from any instance. A batch is claimed in a short tenant transaction
 * ({@code FOR UPDATE SKIP LOCKED}: two instances never take the same row) that moves each message's next attempt past
 * a lease; the requests are made outside any transaction ({@link SignedRequests}), and each outcome is written in a
 * transaction of its own: delivered; or the next attempt after {@link Backoff} (base · 2^(n-1), capped, with jitter);
 * or, once {@code retry_until} has passed, failed for good, which disables the webhook and tells its creator. An
 * instance that stops mid-request leaves the message to be sent again when the lease ends: a receiver may see a
 * message twice (same {@code webhook-id}), never not at all.
 */
@Component
class Deliveries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final TenantCrypto crypto;
    private final SignedRequests requests;
    private final Notifications notifications;
    private final WebhookSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    private final TenantSenders senders = new TenantSenders("Webhook deliveries", this::deliverDue);
    private final DomainMetrics metrics;

    Deliveries(JdbcClient jdbc, TenantScope tenants, TenantCrypto crypto, SignedRequests requests, Notifications notifications,
               WebhookSettings settings, ApplicationEventPublisher events, Clock clock, DomainMetrics metrics) {
        this.metrics = metrics;
        this.events = events;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.crypto = crypto;
        this.requests = requests;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** A message taken for sending: where to, signed with what (or why it cannot be sent). */
    private record Taken(UUID webhook, UUID message, String body, int attempt, Instant retryUntil, String url, String secret,
                         String unusable) {
    }

    /** Sends the tenant's due messages on a thread of its own, now. */
    void soon(UUID tenant) {
        senders.soon(tenant);
    }

    /** Every tenant's due messages (the sweep); returns the number of requests made. */
    int runDue() {
        return senders.sweep(jdbc.sql("select distinct tenant_id from webhook_due where due_at <= ?")
                .param(Timestamp.from(now())).query(UUID.class).list());
    }

    /** The tenant's due messages, batch by batch until none is due; returns the number of requests made. */
    int deliverDue(UUID tenant) {
        int sent = 0;
        List<Taken> batch;
        do {
            batch = take(tenant);
            for (Taken t : batch) {
                if (t.url() != null) {
                    var outcome = t.unusable() != null ? new SignedRequests.Outcome(null, t.unusable(), 0)
                            : requests.post(t.url(), t.secret(), Outbox.messageId(t.message()),
                                    t.body().getBytes(StandardCharsets.UTF_8), settings.timeout(),
                                    Map.of("Content-Type", "application/json", "User-Agent", "Annota-Webhooks/1"));
                    outcome(tenant, t, outcome);
                    metrics.webhookDelivery("webhook", outcome.delivered());
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** Takes up to a batch of due messages; those of a disabled or removed webhook are closed instead (no url). */
    private List<Taken> take(UUID tenant) {
        return tenants.write(tenant, () -> {
            Instant now = now();
            var due = jdbc.sql("""
                            select webhook_id, message_id, body, attempts, retry_until from webhook_deliveries
                            where tenant_id = ? and state = 'PENDING' and next_attempt_at <= ?
                            order by next_attempt_at limit ? for update skip locked""")
                    .params(tenant, Timestamp.from(now), BATCH)
                    .query((rs, n) -> new Taken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getInt(4) + 1, Subscriptions.instant(rs, 5), null, null, null))
                    .list();
            // Platform rows whose message is finished or gone (its webhook removed, its organization deleted).
            jdbc.sql("""
                    delete from webhook_due where tenant_id = ? and due_at <= ? and not exists (
                        select 1 from webhook_deliveries d where d.tenant_id = webhook_due.tenant_id
                        and d.webhook_id = webhook_due.webhook_id and d.message_id = webhook_due.message_id and d.state = 'PENDING')""")
                    .params(tenant, Timestamp.from(now)).update();
            Map<UUID, String[]> targets = new HashMap<>();
            var taken = new ArrayList<Taken>();
            Timestamp leaseEnd = Timestamp.from(now.plus(SignedRequests.lease(settings.timeout())));
            for (Taken t : due) {
                String[] target = targets.computeIfAbsent(t.webhook(), w -> jdbc.sql(
                                "select url, secret from webhooks where tenant_id = ? and id = ? and enabled")
                        .params(tenant, w).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                        .orElse(new String[2]));
                if (target[0] == null) {
                    close(tenant, t.webhook(), t.message(), "FAILED", null, now);
                    taken.add(t);
                    continue;
                }
                String secret = null;
                String unusable = null;
                try {
                    secret = crypto.open(Subscriptions.SECRET, tenant, t.webhook(), target[1]);
                } catch (RuntimeException e) {
                    unusable = "The webhook's secret does not open: " + e.getMessage();
                }
                jdbc.sql("update webhook_deliveries set attempts = ?, next_attempt_at = ? where tenant_id = ? and webhook_id = ? and message_id = ?")
                        .params(t.attempt(), leaseEnd, tenant, t.webhook(), t.message()).update();
                jdbc.sql("update webhook_due set due_at = ? where webhook_id = ? and message_id = ?")
                        .params(leaseEnd, t.webhook(), t.message()).update();
                taken.add(new Taken(t.webhook(), t.message(), t.body(), t.attempt(), t.retryUntil(), target[0], secret,
                        unusable == null || unusable.length() <= 500 ? unusable : unusable.substring(0, 497) + "..."));
            }
            return taken;
        });
    }

    private void outcome(UUID tenant, Taken t, SignedRequests.Outcome outcome) {
        tenants.write(tenant, () -> {
            Instant now = now();
            if (jdbc.sql("select state from webhook_deliveries where tenant_id = ? and webhook_id = ? and message_id = ? for update")
                    .params(tenant, t.webhook(), t.message()).query(String.class).optional().isEmpty()) {
                return; // removed with its webhook while the request was on the way: nothing left to log
            }
            jdbc.sql("""
                    insert into webhook_attempts (tenant_id, id, webhook_id, message_id, attempted_at, status_code, error, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant, IDS.generate(), t.webhook(), t.message(), Timestamp.from(now), outcome.status(),
                            outcome.error(), outcome.millis())
                    .update();
            if (outcome.delivered()) {
                close(tenant, t.webhook(), t.message(), "DELIVERED", outcome.status(), now);
            } else if (!now.isBefore(t.retryUntil())) {
                close(tenant, t.webhook(), t.message(), "FAILED", outcome.status(), now);
                disable(tenant, t, now);
            } else {
                Timestamp next = Timestamp.from(now.plus(Backoff.after(t.attempt(), settings.retryBase(), settings.retryMax())));
                jdbc.sql("""
                        update webhook_deliveries set next_attempt_at = ?, last_status = ?
                        where tenant_id = ? and webhook_id = ? and message_id = ? and state = 'PENDING'""")
                        .params(next, outcome.status(), tenant, t.webhook(), t.message()).update();
                jdbc.sql("update webhook_due set due_at = ? where webhook_id = ? and message_id = ?")
                        .params(next, t.webhook(), t.message()).update();
            }
        });
    }

    private void close(UUID tenant, UUID webhook, UUID message, String state, Integer status, Instant now) {
        jdbc.sql("""
                update webhook_deliveries set state = ?, finished_at = ?, last_status = coalesce(?, last_status)
                where tenant_id = ? and webhook_id = ? and message_id = ? and state = 'PENDING'""")
                .params(state, Timestamp.from(now), status, tenant, webhook, message).update();
        jdbc.sql("delete from webhook_due where webhook_id = ? and message_id = ?").params(webhook, message).update();
    }

    /** Persistent failure: the webhook receives nothing until a manager enables it; its creator is told why. */
    private void disable(UUID tenant, Taken t, Instant now) {
        String reason = "Every attempt to deliver message " + Outbox.messageId(t.message()) + " failed for "
                + settings.retryFor().toHours() + " hours (" + t.attempt() + " attempts).";
        var webhook = jdbc.sql("""
                        update webhooks set enabled = false, disabled_at = ?, disabled_reason = ?
                        where tenant_id = ? and id = ? and enabled""")
                .params(Timestamp.from(now), reason, tenant, t.webhook()).update();
        if (webhook == 0) {
            return;
        }
        for (UUID pending : jdbc.sql("select message_id from webhook_deliveries where tenant_id = ? and webhook_id = ? and state = 'PENDING'")
                .params(tenant, t.webhook()).query(UUID.class).list()) {
            close(tenant, t.webhook(), pending, "FAILED", null, now);
        }
        var owner = jdbc.sql("select project_id, created_by from webhooks where tenant_id = ? and id = ?")
                .params(tenant, t.webhook()).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        events.publishEvent(new WebhookChanged(tenant, WebhookChanged.Change.DISABLED, null, null, owner[0], t.webhook(),
                "attempts=" + t.attempt(), now));
        notifications.notify(tenant, owner[1], "WEBHOOK_DISABLED", "A webhook of your project was disabled: " + reason
                + " Fix the receiver, enable the webhook again and redeliver what it missed.", "/projects/" + owner[0] + "/webhooks");
        log.warn("Webhook {} of organization {} disabled: {}", t.webhook(), tenant, reason);
    }

    /**
     * Makes one message of a webhook PENDING again, due now with a new retry period, inside the caller's tenant
     * transaction; sent right after it commits. False when the webhook has no such message.
     */
    boolean again(UUID tenant, UUID webhook, UUID message) {
        Instant now = now();
        int changed = jdbc.sql("""
                        update webhook_deliveries set state = 'PENDING', attempts = 0, next_attempt_at = ?, retry_until = ?,
                                                      finished_at = null
                        where tenant_id = ? and webhook_id = ? and message_id = ?""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(settings.retryFor())), tenant, webhook, message).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from webhook_due where webhook_id = ? and message_id = ?").params(webhook, message).update();
        jdbc.sql("insert into webhook_due (webhook_id, message_id, tenant_id, due_at) values (?, ?, ?, ?)")
                .params(webhook, message, tenant, Timestamp.from(now)).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                soon(tenant);
            }
        });
        return true;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void destroy() {
        senders.close();
    }
}
