package dev.annota.crypto.internal;

import dev.annota.crypto.TenantKeys;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deleting an organization starts by shredding its keyset (in the deletion's transaction, with its event in the
 * organization's log; its key-encryption key file is destroyed once the deletion commits), so even a row the deletion somehow missed stays ciphertext nobody can open; then its re-encryption
 * jobs go. The keyset's tombstone row itself goes with the other tenant-owned rows; from then on no keyset is ever
 * created for the organization again ({@link TenantKeysets} refuses organizations that no longer exist).
 */
@Component
record KeysOfDeletedOrganization(TenantKeys keys, TenantKeyDestruction destruction, JdbcClient jdbc) {

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        if (!"NONE".equals(keys.status(deleted.orgId()).state())) {
            keys.shred(deleted.orgId(), deleted.actorId(), deleted.actorOrgId());
        } else {
            // No keyset, but perhaps a key file (a first write that failed after creating it): it goes too.
            destruction.destroyAfterCommit(deleted.orgId());
        }
        jdbc.sql("delete from key_rotations where tenant_id = ?").param(deleted.orgId()).update();
    }
}
