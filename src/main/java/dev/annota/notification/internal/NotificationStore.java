package dev.annota.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notifications table; every method runs inside a transaction of the user's organization. */
@Component
public record NotificationStore(JdbcClient jdbc) {

    public void insert(UUID tenant, UUID id, UUID user, String kind, String text, String link, Instant at) {
        jdbc.sql("""
                        insert into notifications (tenant_id, id, user_id, kind, text, link, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, user, kind, text, link, Timestamp.from(at)).update();
    }

    /** Newest first (ids are time-ordered); {@code before}: the last id of the previous page, or null. */
    public List<Notification> page(UUID tenant, UUID user, UUID before, int limit) {
        var params = before == null ? List.<Object>of(tenant, user, limit) : List.<Object>of(tenant, user, before, limit);
        return jdbc.sql("select id, kind, text, link, created_at, read_at from notifications where tenant_id = ? and user_id = ? "
                        + (before == null ? "" : "and id < ? ") + "order by id desc limit ?")
                .params(params)
                .query((rs, n) -> new Notification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null))
                .list();
    }

    public long unread(UUID tenant, UUID user) {
        return jdbc.sql("select count(*) from notifications where tenant_id = ? and user_id = ? and read_at is null")
                .params(tenant, user).query(Long.class).single();
    }

    /** Whether the user has a notification with that id (read before or now). */
    public boolean markRead(UUID tenant, UUID user, UUID id, Instant at) {
        return jdbc.sql("update notifications set read_at = coalesce(read_at, ?) where tenant_id = ? and id = ? and user_id = ?")
                .params(Timestamp.from(at), tenant, id, user).update() == 1;
    }

    public int markAllRead(UUID tenant, UUID user, Instant at) {
        return jdbc.sql("update notifications set read_at = ? where tenant_id = ? and user_id = ? and read_at is null")
                .params(Timestamp.from(at), tenant, user).update();
    }
}
