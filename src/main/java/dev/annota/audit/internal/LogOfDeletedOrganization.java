package dev.annota.audit.internal;

import java.sql.Timestamp;

import dev.annota.audit.AuditEvent;
import dev.annota.failure.Damaged;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last acts of a deleted organization's access log, in the deletion's transaction and after every other module's
 * cleanup (whose events, such as the keys' shredding, land before it): the deletion itself is appended, everything is
 * sequenced, a final checkpoint is signed and kept in {@code audit_final_checkpoints}. Then the log goes: on
 * PostgreSQL through {@code audit_delete_log} (V15_1), the one way its rows can be deleted, which runs as the owner role
 * and refuses unless that final checkpoint is kept; on the embedded database with the organization's other
 * tenant-owned rows (it has no triggers).
 */
@Component
record LogOfDeletedOrganization(AuditLog log, JdbcClient jdbc, LastSignedHeads lastSigned) {

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(OrganizationDeleted deleted) {
        log.record(AuditEvent.administrative(deleted.orgId(), AuditEvent.ORGANIZATION_DELETE, deleted.actorId(),
                deleted.actorOrgId(), null, deleted.orgId(), deleted.kind().name(), deleted.at()));
        AuditLog.StoredCheckpoint last;
        try {
            last = log.integrate(deleted.orgId());
        } catch (IntegrityAlarm refused) {
            // No final checkpoint over a history the signer refuses: the deletion rolls back, the alarm stays.
            throw new Damaged("Access log integrity alarm", "The organization's access log failed its integrity check, "
                    + "so its final checkpoint cannot be signed; nothing was deleted. " + refused.getMessage(), refused)
                    .with("kind", refused.details().kind().name());
        }
        jdbc.sql("""
                insert into audit_final_checkpoints (org_id, tree_size, root_hash, note, deleted_at, deleted_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(deleted.orgId(), last.size(), last.root(), last.note(), Timestamp.from(deleted.at()), deleted.actorId())
                .update();
        if (log.postgres()) {
            jdbc.sql("select audit_delete_log(?)").param(deleted.orgId()).query(Long.class).single();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastSigned.forget(deleted.orgId());
            }
        });
    }
}
