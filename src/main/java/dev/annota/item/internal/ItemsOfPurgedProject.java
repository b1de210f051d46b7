package dev.annota.item.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes a purged project's items and images (stored in the database, so nothing is left on disk), after the other
 * modules removed their rows of those items; then its kept counts, which the items' deletion has just brought to zero.
 */
@Component
record ItemsOfPurgedProject(JdbcClient jdbc) {

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ProjectPurged purged) {
        jdbc.sql("delete from items where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from project_images where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from item_counts where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }
}
