package dev.annota.review.internal;

import dev.annota.item.ItemsDeleted;
import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the reviews and decisions of deleted items, and a purged project's reviews, decisions and review settings,
 * in the transaction that removes them.
 */
@Component
record ReviewsOfRemovedItems(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        // A reply's id is its decision's: the replies go first, while their decisions still say which project.
        jdbc.sql("delete from review_replies where tenant_id = ? and id in (select id from review_decisions "
                + "where tenant_id = ? and project_id = ?)").params(purged.tenantId(), purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from review_decisions where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from reviews where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from review_settings where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }

    @EventListener
    void on(ItemsDeleted deleted) {
        jdbc.sql("delete from review_replies where tenant_id = :tenant and id in (select id from review_decisions "
                        + "where tenant_id = :tenant and item_id in (:items))")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
        jdbc.sql("delete from review_decisions where tenant_id = :tenant and item_id in (:items)")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
        jdbc.sql("delete from reviews where tenant_id = :tenant and item_id in (:items)")
                .param("tenant", deleted.tenantId()).param("items", deleted.itemIds()).update();
    }
}
