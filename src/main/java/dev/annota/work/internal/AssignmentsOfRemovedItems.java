package dev.annota.work.internal;

import dev.annota.item.ItemsDeleted;
import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the assignments of deleted items and of a purged project, in the transaction that removes them.
 */
@Component
record AssignmentsOfRemovedItems(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from assignments where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }

    @EventListener
    void on(ItemsDeleted deleted) {
        jdbc.sql("delete from assignments where tenant_id = :tenant and item_id in (:items)")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
    }
}
