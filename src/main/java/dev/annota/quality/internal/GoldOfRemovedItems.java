package dev.annota.quality.internal;

import dev.annota.item.ItemsDeleted;
import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the gold results of deleted items, and a purged project's gold results, quality settings and kept reports, in the
 * transaction that removes them.
 */
@Component
record GoldOfRemovedItems(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from gold_results where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from quality_settings where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from quality_reports where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }

    @EventListener
    void on(ItemsDeleted deleted) {
        jdbc.sql("delete from gold_results where tenant_id = :tenant and item_id in (:items)")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
    }
}
