package dev.annota.item.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.item.ItemChanged;
import dev.annota.item.ItemsDeleted;
import dev.annota.item.ItemsRemoved;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes items of a project with their assignments, answers, gold results and reviews ({@link ItemsDeleted}), in one
 * transaction, and logs each deleted item with the reason given. A lease held on a deleted item can no longer be
 * submitted (the annotator's next claim serves another item).
 */
@Component
public record ItemRemoval(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events, Clock clock) {

    /** Ids per request: one SQL IN list per module, and one access-log event per item. */
    public static final int MAX_IDS = 1000;
    static final int REASON_LIMIT = 300;

    public ItemsRemoved delete(ProjectAccess access, List<UUID> ids, String reason) {
        Projects.requireManage(access);
        Projects.requireWritable(access);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw new Invalid("Invalid deletion", "Give the reason for deleting (1 to " + REASON_LIMIT
                    + " characters): it is kept in the access log.").with("field", "reason");
        }
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new Invalid("Invalid deletion", "Name 1 to " + MAX_IDS + " item ids.").with("field", "ids");
        }
        var asked = List.copyOf(new LinkedHashSet<>(ids));
        Project p = access.project();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return tenants.write(p.tenantId(), () -> {
            var found = jdbc.sql("select id from items where tenant_id = :tenant and project_id = :project and id in (:ids) for update")
                    .param("tenant", p.tenantId()).param("project", p.id()).param("ids", asked)
                    .query(UUID.class).list();
            var missing = new ArrayList<>(asked);
            missing.removeAll(found);
            if (!found.isEmpty()) {
                events.publishEvent(new ItemsDeleted(p.tenantId(), p.id(), found));
                jdbc.sql("delete from items where tenant_id = :tenant and id in (:ids)")
                        .param("tenant", p.tenantId()).param("ids", found).update();
                for (UUID item : found) {
                    events.publishEvent(new ItemChanged(p.tenantId(), p.id(), item, ItemChanged.Change.DELETED,
                            access.caller().id(), access.caller().orgId(), why, now));
                }
            }
            return new ItemsRemoved(found, List.copyOf(missing));
        });
    }
}
