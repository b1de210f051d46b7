package dev.annota.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import dev.annota.failure.Conflict;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.webhook.OutboundHosts;
import dev.annota.webhook.WebhookChanged;
import dev.annota.webhook.WebhookSignature;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's webhooks: URLs and the events each receives, with the signing secret sealed under the tenant's keyset.
 * Only the project's owning organization's admins and managers see or change them ({@link Projects#requireManage});
 * anyone else engaged on the project gets 403, anyone not 404.
 */
@Component
record Subscriptions(JdbcClient jdbc, TenantScope tenants, TenantCrypto crypto, OutboundHosts hosts,
        Deliveries deliveries, ApplicationEventPublisher events, Clock clock) {

    static final EncryptedColumn SECRET = new EncryptedColumn("webhooks", "secret");
    static final int MAX_PER_PROJECT = 10;

    private static final String COLUMNS = "w.id, w.project_id, w.url, w.events, w.enabled, w.created_by, w.created_at, "
            + "w.disabled_at, w.disabled_reason, "
            + "(select count(*) from webhook_deliveries d where d.tenant_id = w.tenant_id and d.webhook_id = w.id and d.state = 'PENDING'), "
            + "(select max(d.finished_at) from webhook_deliveries d where d.tenant_id = w.tenant_id and d.webhook_id = w.id and d.state = 'DELIVERED')";
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    /** A webhook as its managers see it (never its secret). */
    record Webhook(UUID id, UUID projectId, String url, List<String> events, boolean enabled, UUID createdBy, Instant createdAt,
                   Instant disabledAt, String disabledReason, long pendingDeliveries, Instant lastDeliveredAt) {
    }

    /** A new webhook and its secret, which is shown this once. */
    record Created(Webhook webhook, String secret) {
    }

    /** One message to one webhook, with every attempt to deliver it (newest first). */
    record Delivery(String messageId, String eventType, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
                    Instant finishedAt, Integer lastStatus, List<Attempt> log) {
    }

    /** One attempt: when, the HTTP status (null when none came back), the error, how long it took. */
    record Attempt(Instant at, Integer statusCode, String error, long durationMs) {
    }

    Created create(ProjectAccess access, String url, List<String> events) {
        Projects.requireManage(access);
        var target = hosts.check(url, "url");
        String wanted = eventList(events);
        String secret = WebhookSignature.newSecret();
        UUID tenant = access.tenantId();
        UUID id = IDS.generate();
        tenants.write(tenant, () -> {
            long existing = jdbc.sql("select count(*) from webhooks where tenant_id = ? and project_id = ?")
                    .params(tenant, access.project().id()).query(Long.class).single();
            if (existing >= MAX_PER_PROJECT) {
                throw new Invalid("Too many webhooks", "A project has at most " + MAX_PER_PROJECT + " webhooks; remove one first.")
                        .with("field", "url");
            }
            jdbc.sql("""
                    insert into webhooks (tenant_id, id, project_id, url, secret, events, enabled, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, true, ?, ?)""")
                    .params(tenant, id, access.project().id(), target.url().toString(), crypto.seal(SECRET, tenant, id, secret),
                            wanted, access.caller().id(), Timestamp.from(now()))
                    .update();
            changed(access, WebhookChanged.Change.ADDED, id, "host=" + shortened(target.host()) + " events=" + bare(wanted));
        });
        return new Created(find(access, id), secret);
    }

    List<Webhook> list(ProjectAccess access) {
        Projects.requireManage(access);
        return tenants.read(access.tenantId(), () -> jdbc.sql("select " + COLUMNS
                        + " from webhooks w where w.tenant_id = ? and w.project_id = ? order by w.created_at, w.id")
                .params(access.tenantId(), access.project().id()).query(Subscriptions::webhook).list());
    }

    Webhook find(ProjectAccess access, UUID id) {
        Projects.requireManage(access);
        return tenants.read(access.tenantId(), () -> jdbc.sql("select " + COLUMNS
                        + " from webhooks w where w.tenant_id = ? and w.project_id = ? and w.id = ?")
                .params(access.tenantId(), access.project().id(), id).query(Subscriptions::webhook).optional())
                .orElseThrow(Subscriptions::notFound);
    }

    /**
     * Changes the events (null: unchanged) and whether it is enabled (null: unchanged). Enabling clears the reason of
     * a disabling after persistent failure; deliveries that failed then stay failed until redelivered.
     */
    Webhook update(ProjectAccess access, UUID id, List<String> events, Boolean enabled) {
        Projects.requireManage(access);
        String wanted = events == null ? null : eventList(events);
        UUID tenant = access.tenantId();
        tenants.write(tenant, () -> {
            locked(access, id);
            if (wanted != null) {
                jdbc.sql("update webhooks set events = ? where tenant_id = ? and id = ?").params(wanted, tenant, id).update();
            }
            if (Boolean.TRUE.equals(enabled)) {
                jdbc.sql("update webhooks set enabled = true, disabled_at = null, disabled_reason = null where tenant_id = ? and id = ?")
                        .params(tenant, id).update();
            } else if (Boolean.FALSE.equals(enabled)) {
                jdbc.sql("update webhooks set enabled = false, disabled_at = ?, disabled_reason = null where tenant_id = ? and id = ? and enabled")
                        .params(Timestamp.from(now()), tenant, id).update();
            }
            changed(access, WebhookChanged.Change.CHANGED, id, ((wanted == null ? "" : "events=" + bare(wanted) + " ")
                    + (enabled == null ? "" : "enabled=" + enabled)).strip());
        });
        return find(access, id);
    }

    /** Removes the webhook with its pending deliveries and its delivery log. */
    void delete(ProjectAccess access, UUID id) {
        Projects.requireManage(access);
        UUID tenant = access.tenantId();
        tenants.write(tenant, () -> {
            locked(access, id);
            jdbc.sql("delete from webhook_due where tenant_id = ? and webhook_id = ?").params(tenant, id).update();
            jdbc.sql("delete from webhook_attempts where tenant_id = ? and webhook_id = ?").params(tenant, id).update();
            jdbc.sql("delete from webhook_deliveries where tenant_id = ? and webhook_id = ?").params(tenant, id).update();
            jdbc.sql("delete from webhooks where tenant_id = ? and id = ?").params(tenant, id).update();
            changed(access, WebhookChanged.Change.REMOVED, id, null);
        });
    }

    /** The webhook's latest {@code limit} messages, newest first, each with its attempts. */
    List<Delivery> deliveries(ProjectAccess access, UUID id, int limit) {
        Projects.requireManage(access);
        UUID tenant = access.tenantId();
        return tenants.read(tenant, () -> {
            locate(access, id);
            var found = jdbc.sql("""
                            select message_id, event_type, state, attempts, created_at, next_attempt_at, finished_at, last_status
                            from webhook_deliveries where tenant_id = ? and webhook_id = ?
                            order by created_at desc, message_id desc limit ?""")
                    .params(tenant, id, limit)
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                            instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getObject(8, Integer.class)})
                    .list();
            Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
            if (!found.isEmpty()) {
                jdbc.sql("""
                                select message_id, attempted_at, status_code, error, duration_ms from webhook_attempts
                                where tenant_id = :tenant and webhook_id = :webhook and message_id in (:messages)
                                order by attempted_at desc, id desc""")
                        .param("tenant", tenant).param("webhook", id)
                        .param("messages", found.stream().map(r -> (UUID) r[0]).toList())
                        .query((rs, n) -> attempts.computeIfAbsent(rs.getObject(1, UUID.class), m -> new ArrayList<>())
                                .add(new Attempt(instant(rs, 2), rs.getObject(3, Integer.class), rs.getString(4), rs.getLong(5))))
                        .list();
            }
            return found.stream().map(r -> new Delivery(Outbox.messageId((UUID) r[0]), (String) r[1], (String) r[2], (int) r[3],
                    (Instant) r[4], (Instant) r[5], (Instant) r[6], (Integer) r[7],
                    attempts.getOrDefault((UUID) r[0], List.of()))).toList();
        });
    }

    /** Sends one message to the webhook again, now, with a new retry period; the webhook must be enabled. */
    Delivery redeliver(ProjectAccess access, UUID id, String messageId) {
        Projects.requireManage(access);
        UUID message = Outbox.parseMessageId(messageId);
        UUID tenant = access.tenantId();
        tenants.write(tenant, () -> {
            if (!locked(access, id)) {
                throw new Conflict("Webhook disabled", "Enable the webhook first; a disabled webhook is sent nothing.");
            }
            if (!deliveries.again(tenant, id, message)) {
                throw new NotFound("The webhook was sent no message " + messageId + ".");
            }
            changed(access, WebhookChanged.Change.REDELIVERED, id, "message=" + Outbox.messageId(message));
        });
        return deliveries(access, id, 1000).stream().filter(d -> d.messageId().equals(messageId)).findFirst().orElseThrow();
    }

    /** The stored events (",a,b,") as the log names them ("a,b"). */
    private static String bare(String events) {
        return events.substring(1, events.length() - 1);
    }

    /** A host name as the log names it: at most 200 characters (the detail has room for 500). */
    private static String shortened(String host) {
        return host.length() <= 200 ? host : host.substring(0, 197) + "...";
    }

    /** For the access log, in the change's transaction. */
    private void changed(ProjectAccess access, WebhookChanged.Change change, UUID id, String detail) {
        events.publishEvent(new WebhookChanged(access.tenantId(), change, access.caller().id(), access.caller().orgId(),
                access.project().id(), id, detail, now()));
    }

    /** Locks the project's webhook for a change; answers whether it is enabled. */
    private boolean locked(ProjectAccess access, UUID id) {
        return jdbc.sql("select enabled from webhooks where tenant_id = ? and project_id = ? and id = ? for update")
                .params(access.tenantId(), access.project().id(), id).query(Boolean.class).optional()
                .orElseThrow(Subscriptions::notFound);
    }

    private void locate(ProjectAccess access, UUID id) {
        jdbc.sql("select id from webhooks where tenant_id = ? and project_id = ? and id = ?")
                .params(access.tenantId(), access.project().id(), id).query(UUID.class).optional()
                .orElseThrow(Subscriptions::notFound);
    }

    /** The events as stored (",a,b,"): at least one, each known, no repeats; refused naming {@code events}. */
    static String eventList(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new Invalid("Invalid webhook", "events is required: one or more of " + String.join(", ", EventType.names()) + ".")
                    .with("field", "events");
        }
        var wanted = new LinkedHashSet<String>();
        for (int i = 0; i < events.size(); i++) {
            if (EventType.named(events.get(i)) == null) {
                throw new Invalid("Invalid webhook", "events[" + i + "] is not an event: " + events.get(i) + "; the events are "
                        + String.join(", ", EventType.names()) + ".").with("field", "events[" + i + "]");
            }
            wanted.add(events.get(i));
        }
        return "," + String.join(",", wanted) + ",";
    }

    private static Webhook webhook(ResultSet rs, int n) throws SQLException {
        List<String> events = Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isEmpty()).toList();
        return new Webhook(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), events, rs.getBoolean(5),
                rs.getObject(6, UUID.class), instant(rs, 7), instant(rs, 8), rs.getString(9), rs.getLong(10), instant(rs, 11));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static NotFound notFound() {
        return new NotFound("The project has no webhook with that id.");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
