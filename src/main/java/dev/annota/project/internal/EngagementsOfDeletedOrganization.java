package dev.annota.project.internal;

import java.util.Map;
import java.util.UUID;

import dev.annota.project.ProjectChanged;
import dev.annota.tenancy.OrganizationDeleted;
import dev.annota.tenancy.OrganizationDeletionStarted;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a deleted workforce's engagements and removes a deleted organization's project directory entries and pending
 * project purges.
 *
 * <p>A workforce's engagements are rows of its customers' tenants: under row-level security only each customer's own
 * transaction can delete them, so each is ended in one (with its event in that customer's access log, naming who
 * deleted the workforce) before the workforce's own deletion transaction starts. Re-running a deletion that failed
 * halfway finds fewer engagements and ends those.
 */
@Component
record EngagementsOfDeletedOrganization(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events) {

    @EventListener
    void on(OrganizationDeletionStarted started) {
        if (started.kind() != OrganizationKind.WORKFORCE) {
            return;
        }
        var engaged = jdbc.sql("select project_id, tenant_id from project_directory where org_id = ? and tenant_id <> ?")
                .params(started.orgId(), started.orgId())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        for (var engagement : engaged) {
            UUID project = engagement.getKey();
            UUID tenant = engagement.getValue();
            tenants.write(tenant, () -> {
                int ended = jdbc.sql("delete from engagements where tenant_id = ? and project_id = ? and workforce_org_id = ?")
                        .params(tenant, project, started.orgId()).update();
                jdbc.sql("delete from project_directory where project_id = ? and org_id = ? and tenant_id = ?")
                        .params(project, started.orgId(), tenant).update();
                jdbc.sql("delete from project_shares where tenant_id = ? and project_id = ? and workforce_org_id = ?")
                        .params(tenant, project, started.orgId()).update();
                if (ended > 0) {
                    events.publishEvent(new ProjectChanged(tenant, project, ProjectChanged.Change.ENGAGEMENT_ENDED,
                            started.actorId(), started.actorOrgId(), started.orgId(), "workforce deleted", started.at()));
                }
            });
        }
    }

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        jdbc.sql("delete from project_directory where tenant_id = ? or org_id = ?").params(deleted.orgId(), deleted.orgId()).update();
        // Platform rows too (keyed by project): the organization's projects go with it, their pending purges with them.
        jdbc.sql("delete from project_deletions where tenant_id = ?").param(deleted.orgId()).update();
    }
}
