package dev.annota.tenancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the notifications table that the tenancy tests write and count straight through SQL, to watch which tenant
 * a statement runs as: a row carries its tenant, and row-level security decides which rows a count sees.
 */
final class NotificationRows {

    /** The statement of {@link #add}: tenant, id, user, text and time as parameters, kind TEST. */
    static final String INSERT = "insert into notifications (tenant_id, id, user_id, kind, text, link, created_at) "
            + "values (?, ?, ?, 'TEST', ?, null, ?)";

    private NotificationRows() {
    }

    /** Adds a row of the tenant's with this text, for a user nobody knows, in the current transaction. */
    static void add(JdbcClient jdbc, UUID tenant, String text) {
        jdbc.sql(INSERT).params(tenant, UUID.randomUUID(), UUID.randomUUID(), text, Timestamp.from(Instant.now())).update();
    }

    /** How many rows with this text the current connection sees (no tenant filter: what row-level security lets through). */
    static long visible(JdbcClient jdbc, String text) {
        return jdbc.sql("select count(*) from notifications where text = ?").param(text).query(Long.class).single();
    }
}
