package dev.annota.audit.internal;

import java.sql.Timestamp;

import dev.annota.audit.AuditEvent;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last acts of a deleted organization's access log, in the deletion's transaction and after every other module's
 * cleanup (whose events, such as the keys' shredding, land before it): the deletion itself is appended, everything is
 * sequenced, a final checkpoint is signed and kept in {@code audit_final_checkpoints}. The events and earlier
 * checkpoints then go with the organization's other tenant-owned rows.
 */
@Component
class LogOfDeletedOrganization {

    private final AuditLog log;
    private final JdbcClient jdbc;

    LogOfDeletedOrganization(AuditLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(OrganizationDeleted deleted) {
        log.record(AuditEvent.administrative(deleted.orgId(), AuditEvent.ORGANIZATION_DELETE, deleted.actorId(),
                deleted.actorOrgId(), null, deleted.orgId(), deleted.kind().name(), deleted.at()));
        var last = log.integrate(deleted.orgId());
        jdbc.sql("delete from audit_final_checkpoints where org_id = ?").param(deleted.orgId()).update();
        jdbc.sql("""
                insert into audit_final_checkpoints (org_id, tree_size, root_hash, note, deleted_at, deleted_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(deleted.orgId(), last.size(), last.root(), last.note(), Timestamp.from(deleted.at()), deleted.actorId())
                .update();
    }
}
