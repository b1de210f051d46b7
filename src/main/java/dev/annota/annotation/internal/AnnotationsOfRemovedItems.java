package dev.annota.annotation.internal;

import dev.annota.item.ItemsDeleted;
import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the answers to deleted items and of a purged project, in the transaction that removes them; a purged
 * project's kept counts per annotator and per hour go with its answers.
 */
@Component
record AnnotationsOfRemovedItems(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from annotations where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from annotation_counts where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from annotation_hours where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }

    @EventListener
    void on(ItemsDeleted deleted) {
        jdbc.sql("delete from annotations where tenant_id = :tenant and item_id in (:items)")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
    }
}
