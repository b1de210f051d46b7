package dev.annota.webhook.internal;

import java.util.UUID;

import dev.annota.project.ProjectPurged;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A purged project's webhooks, and a deleted organization's, go with it in the same transaction (children before their
 * parents: attempts and deliveries name their webhook), with the platform rows of their due messages.
 */
@Component
record RowsOfRemovedProjects(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        String ofProject = " and webhook_id in (select id from webhooks where tenant_id = ? and project_id = ?)";
        UUID tenant = purged.tenantId();
        jdbc.sql("delete from webhook_due where tenant_id = ?" + ofProject).params(tenant, tenant, purged.projectId()).update();
        jdbc.sql("delete from webhook_attempts where tenant_id = ?" + ofProject).params(tenant, tenant, purged.projectId()).update();
        jdbc.sql("delete from webhook_deliveries where tenant_id = ?" + ofProject).params(tenant, tenant, purged.projectId()).update();
        jdbc.sql("delete from webhooks where tenant_id = ? and project_id = ?").params(tenant, purged.projectId()).update();
    }

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        jdbc.sql("delete from webhook_due where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from webhook_attempts where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from webhook_deliveries where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from webhooks where tenant_id = ?").param(deleted.orgId()).update();
    }
}
