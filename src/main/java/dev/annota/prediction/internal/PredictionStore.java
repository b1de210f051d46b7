package dev.annota.prediction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the prediction tables. Every method but the due list runs inside the tenant transaction its caller opened.
 */
@Component
record PredictionStore(JdbcClient jdbc) {

    /** Sealed under the tenant's keyset, bound to the service's id; re-encrypted after a rotation (a bean below). */
    static final EncryptedColumn API_KEY = new EncryptedColumn("prediction_services", "api_key");
    static final EncryptedColumn PROMPTS = new EncryptedColumn("prediction_services", "prompts");

    private static final String COLUMNS = "tenant_id, id, project_id, kind, url, model, api_key, prompts, enabled, queue_order, batch_size, "
            + "requests_per_minute, generation, cursor_item_id, next_request_at, model_version, last_error, last_error_at, "
            + "enabled_by, updated_by, updated_at";

    Optional<StoredService> find(UUID tenant, UUID project) {
        return jdbc.sql("select " + COLUMNS + " from prediction_services where tenant_id = ? and project_id = ?")
                .params(tenant, project).query(PredictionStore::service).optional();
    }

    /** The project's service locked for a change. */
    Optional<StoredService> findForUpdate(UUID tenant, UUID project) {
        return jdbc.sql("select " + COLUMNS + " from prediction_services where tenant_id = ? and project_id = ? for update")
                .params(tenant, project).query(PredictionStore::service).optional();
    }

    /**
     * The service locked for handing out a batch, if it is on and no other instance holds it ({@code SKIP LOCKED}: two
     * instances never hand out the same items, and neither waits for the other).
     */
    Optional<StoredService> lockEnabled(UUID tenant, UUID service) {
        return jdbc.sql("select " + COLUMNS + " from prediction_services where tenant_id = ? and id = ? and enabled = true "
                        + "for update skip locked")
                .params(tenant, service).query(PredictionStore::service).optional();
    }

    void insert(StoredService s) {
        jdbc.sql("insert into prediction_services (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.tenantId(), s.id(), s.projectId(), s.kind().name(), s.url(), s.model(), s.sealedApiKey(),
                        s.sealedPrompts(), s.enabled(), s.queueOrder().name(), s.batchSize(), s.requestsPerMinute(), s.generation(), s.cursorItemId(),
                        ts(s.nextRequestAt()), s.modelVersion(), s.lastError(), ts(s.lastErrorAt()), s.enabledBy(),
                        s.updatedBy(), ts(s.updatedAt()))
                .update();
    }

    /** Writes the settings a manager changes (and the generation and cursor that follow from them). */
    void update(StoredService s) {
        jdbc.sql("""
                update prediction_services set kind = ?, url = ?, model = ?, api_key = ?, prompts = ?, enabled = ?, queue_order = ?,
                    batch_size = ?, requests_per_minute = ?, generation = ?, cursor_item_id = ?, enabled_by = ?,
                    updated_by = ?, updated_at = ?, last_error = ?, last_error_at = ?
                where tenant_id = ? and id = ?""")
                .params(s.kind().name(), s.url(), s.model(), s.sealedApiKey(), s.sealedPrompts(), s.enabled(), s.queueOrder().name(), s.batchSize(),
                        s.requestsPerMinute(), s.generation(), s.cursorItemId(), s.enabledBy(), s.updatedBy(),
                        ts(s.updatedAt()), s.lastError(), ts(s.lastErrorAt()), s.tenantId(), s.id())
                .update();
    }

    void delete(UUID tenant, UUID service) {
        jdbc.sql("delete from prediction_due where service_id = ?").param(service).update();
        jdbc.sql("delete from prediction_items where tenant_id = ? and service_id = ?").params(tenant, service).update();
        jdbc.sql("delete from prediction_services where tenant_id = ? and id = ?").params(tenant, service).update();
    }

    /** Forgets what was asked in an earlier generation: every item is asked again. */
    void forgetItems(UUID tenant, UUID service) {
        jdbc.sql("delete from prediction_items where tenant_id = ? and service_id = ?").params(tenant, service).update();
    }

    /** Items handed out before whose next attempt is due (retries, and batches whose instance stopped mid-request). */
    List<UUID> dueAgain(UUID tenant, UUID service, Instant now, int limit) {
        return jdbc.sql("""
                select item_id from prediction_items
                where tenant_id = ? and service_id = ? and state in ('RETRY', 'SENDING') and next_attempt_at <= ?
                order by next_attempt_at limit ?""")
                .params(tenant, service, ts(now), limit).query(UUID.class).list();
    }

    /** Items asked about before that no longer exist (deleted since): nothing is left to predict for them. */
    void forget(UUID tenant, UUID service, Collection<UUID> items) {
        for (UUID item : items) {
            jdbc.sql("delete from prediction_items where tenant_id = ? and service_id = ? and item_id = ?")
                    .params(tenant, service, item).update();
        }
    }

    /** Marks a batch as being sent until {@code leaseUntil}: new items get a row, retried ones one attempt more. */
    void sending(UUID tenant, UUID service, Collection<UUID> fresh, Collection<UUID> again, Instant leaseUntil) {
        for (UUID item : fresh) {
            jdbc.sql("""
                    insert into prediction_items (tenant_id, service_id, item_id, state, attempts, next_attempt_at)
                    values (?, ?, ?, 'SENDING', 1, ?)""")
                    .params(tenant, service, item, ts(leaseUntil)).update();
        }
        for (UUID item : again) {
            jdbc.sql("""
                    update prediction_items set state = 'SENDING', attempts = attempts + 1, next_attempt_at = ?
                    where tenant_id = ? and service_id = ? and item_id = ?""")
                    .params(ts(leaseUntil), tenant, service, item).update();
        }
    }

    /** After handing out a batch: the cursor past its new items, and when the next batch may be sent (rate limit). */
    void handedOut(UUID tenant, UUID service, UUID cursor, Instant nextRequestAt) {
        jdbc.sql("update prediction_services set cursor_item_id = ?, next_request_at = ? where tenant_id = ? and id = ?")
                .params(cursor, ts(nextRequestAt), tenant, service).update();
    }

    void predicted(UUID tenant, UUID service, UUID item, String modelVersion, Double uncertainty) {
        jdbc.sql("""
                update prediction_items set state = 'DONE', model_version = ?, uncertainty = ?, error = null
                where tenant_id = ? and service_id = ? and item_id = ?""")
                .params(modelVersion, uncertainty, tenant, service, item).update();
    }

    /** An item to ask again at {@code at} ({@code RETRY}), or given up ({@code FAILED}). */
    void unanswered(UUID tenant, UUID service, UUID item, String state, Instant at, String error) {
        jdbc.sql("""
                update prediction_items set state = ?, next_attempt_at = ?, error = ?
                where tenant_id = ? and service_id = ? and item_id = ?""")
                .params(state, ts(at), clip(error), tenant, service, item).update();
    }

    /** How many attempts each item has had. */
    Map<UUID, Integer> attempts(UUID tenant, UUID service, Collection<UUID> items) {
        Map<UUID, Integer> byItem = new LinkedHashMap<>();
        for (UUID item : items) {
            jdbc.sql("select attempts from prediction_items where tenant_id = ? and service_id = ? and item_id = ?")
                    .params(tenant, service, item).query(Integer.class).optional().ifPresent(a -> byItem.put(item, a));
        }
        return byItem;
    }

    /** The outcome of a batch on the service: the model version it reported, or the error it ended with. */
    void outcome(UUID tenant, UUID service, String modelVersion, String error, Instant at) {
        if (error == null) {
            jdbc.sql("update prediction_services set model_version = coalesce(?, model_version), last_error = null, "
                            + "last_error_at = null where tenant_id = ? and id = ?")
                    .params(modelVersion, tenant, service).update();
        } else {
            jdbc.sql("update prediction_services set last_error = ?, last_error_at = ? where tenant_id = ? and id = ?")
                    .params(clip(error), ts(at), tenant, service).update();
        }
    }

    /** The rate limit pushed back (the service answered 429 with a Retry-After). */
    void notBefore(UUID tenant, UUID service, Instant at) {
        jdbc.sql("update prediction_services set next_request_at = ? where tenant_id = ? and id = ?")
                .params(ts(at), tenant, service).update();
    }

    /** Items per state (SENDING, RETRY, DONE, FAILED) of the service's current generation. */
    Map<String, Long> countsByState(UUID tenant, UUID service) {
        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.sql("select state, count(*) from prediction_items where tenant_id = ? and service_id = ? group by state")
                .params(tenant, service).query(rs -> {
                    byState.put(rs.getString(1), rs.getLong(2));
                });
        return byState;
    }

    /** The service's predicted items with the uncertainty of their prediction (null when the model gave no score). */
    Map<UUID, Double> uncertainties(UUID tenant, UUID service) {
        Map<UUID, Double> byItem = new LinkedHashMap<>();
        jdbc.sql("select item_id, uncertainty from prediction_items where tenant_id = ? and service_id = ? and state = 'DONE'")
                .params(tenant, service).query(rs -> {
                    double u = rs.getDouble(2);
                    byItem.put(rs.getObject(1, UUID.class), rs.wasNull() ? null : u);
                });
        return byItem;
    }

    // The due list: a platform table (ids and a time), read without a tenant; written with the service row.

    record Due(UUID serviceId, UUID tenantId) {
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select service_id, tenant_id from prediction_due where due_at <= ? order by due_at limit ?")
                .params(ts(now), limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    void schedule(UUID tenant, UUID service, Instant at) {
        if (jdbc.sql("update prediction_due set due_at = ? where service_id = ?").params(ts(at), service).update() == 0) {
            jdbc.sql("insert into prediction_due (service_id, tenant_id, due_at) values (?, ?, ?)")
                    .params(service, tenant, ts(at)).update();
        }
    }

    void unschedule(UUID service) {
        jdbc.sql("delete from prediction_due where service_id = ?").param(service).update();
    }

    // Removal with the organization or the project.

    void deleteOrganization(UUID tenant) {
        jdbc.sql("delete from prediction_due where tenant_id = ?").param(tenant).update();
        jdbc.sql("delete from prediction_items where tenant_id = ?").param(tenant).update();
        jdbc.sql("delete from prediction_services where tenant_id = ?").param(tenant).update();
    }

    private static StoredService service(ResultSet rs, int n) throws SQLException {
        return new StoredService(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                ServiceKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9), QueueOrder.valueOf(rs.getString(10)), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                rs.getObject(14, UUID.class), instant(rs.getTimestamp(15)), rs.getString(16), rs.getString(17),
                instant(rs.getTimestamp(18)), rs.getObject(19, UUID.class), rs.getObject(20, UUID.class), instant(rs.getTimestamp(21)));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
