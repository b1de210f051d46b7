package dev.annota.webhook.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.failure.NotFound;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhooks' outbox: an event becomes one delivery row per enabled webhook of its project that receives its type,
 * written by one INSERT … SELECT over the subscriptions, so no subscription is read first. Inside the transaction that
 * publishes the event the rows are written at its commit, in the round trip that carries the transaction's other
 * writes at commit ({@link RoundTrips#atCommit}: on PostgreSQL one statement and no round trip of its own, which keeps
 * the submit's count), and they commit or roll back with it: no event without its deliveries, no delivery of an event
 * that rolled back. Outside a transaction (an event published after its commit) they are written in a transaction of
 * their own.
 */
@Component
record Outbox(JdbcClient jdbc, RoundTrips roundTrips, TenantScope tenants, Deliveries deliveries,
        WebhookSettings settings, JsonMapper json) {

    private static final String SUBSCRIBERS = " from webhooks w where w.tenant_id = ? and w.project_id = ? and w.enabled and w.events like ?";
    /** item.completed: the answer's item is DONE (at overlap, after adaptive overlap had its say) as the submit commits. */
    private static final String ITEM_DONE = " and exists (select 1 from items i where i.tenant_id = w.tenant_id and i.id = ? and i.state = 'DONE')";
    private static final String DELIVERIES = """
            insert into webhook_deliveries (tenant_id, webhook_id, message_id, event_type, body, state, attempts, created_at,
                                            next_attempt_at, retry_until)
            select w.tenant_id, w.id, cast(? as uuid), cast(? as varchar(60)), cast(? as varchar(4000)), 'PENDING', 0,
                   cast(? as timestamp with time zone), cast(? as timestamp with time zone), cast(? as timestamp with time zone)""";
    private static final String DUE = """
            insert into webhook_due (webhook_id, message_id, tenant_id, due_at)
            select w.id, cast(? as uuid), w.tenant_id, cast(? as timestamp with time zone)""";
    /** PostgreSQL: both inserts in one statement, so the due rows are exactly the deliveries written. */
    private static final String DUE_OF_DELIVERIES = """
            insert into webhook_due (webhook_id, message_id, tenant_id, due_at)
            select d.webhook_id, cast(? as uuid), d.tenant_id, cast(? as timestamp with time zone) from written d""";
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    /** The value of the {@code webhook-id} header of a message. */
    static String messageId(UUID message) {
        return "msg_" + message;
    }

    static UUID parseMessageId(String id) {
        try {
            return UUID.fromString(id.startsWith("msg_") ? id.substring(4) : id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No message has the id " + id + ".");
        }
    }

    /**
     * Queues {@code type} with {@code data} for the project's webhooks that receive it. {@code doneItem}: write only if
     * that item is DONE (item.completed), else null. {@code soon}: start sending right after the commit instead of at
     * the next sweep (not on the submit's path, where the sweep's second is cheaper than a query per answer).
     */
    void publish(UUID tenant, UUID project, EventType type, Instant at, Map<String, Object> data, UUID doneItem, boolean soon) {
        UUID message = IDS.generate();
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.wire());
        body.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("data", data);
        Timestamp now = Timestamp.from(at);
        Timestamp until = Timestamp.from(at.plus(settings.retryFor()));
        String where = SUBSCRIBERS + (doneItem == null ? "" : ITEM_DONE);
        Object[] subscribers = doneItem == null ? new Object[] {tenant, project, "%," + type.wire() + ",%"}
                : new Object[] {tenant, project, "%," + type.wire() + ",%", doneItem};
        Object[] deliveryParams = concat(new Object[] {message, type.wire(), json.writeValueAsString(body), now, now, until}, subscribers);
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && TenantScope.current().map(tenant::equals).orElse(false);
        if (!inTransaction) {
            tenants.write(tenant, () -> write(deliveryParams, where, subscribers, message, now, false));
            deliveries.soon(tenant);
            return;
        }
        write(deliveryParams, where, subscribers, message, now, true);
        if (soon) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliveries.soon(tenant);
                }
            });
        }
    }

    private void write(Object[] deliveryParams, String where, Object[] subscribers, UUID message, Timestamp due, boolean atCommit) {
        if (roundTrips.together()) {
            String sql = "with written as (" + DELIVERIES + where + " returning webhook_id, tenant_id) " + DUE_OF_DELIVERIES;
            Object[] params = concat(deliveryParams, new Object[] {message, due});
            if (atCommit) {
                roundTrips.atCommit(-1, sql, params);
            } else {
                jdbc.sql(sql).params(params).update();
            }
            return;
        }
        Object[] dueParams = concat(new Object[] {message, due}, subscribers);
        if (atCommit) {
            roundTrips.atCommit(-1, DELIVERIES + where, deliveryParams);
            roundTrips.atCommit(-1, DUE + where, dueParams);
        } else {
            jdbc.sql(DELIVERIES + where).params(deliveryParams).update();
            jdbc.sql(DUE + where).params(dueParams).update();
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
