package dev.annota.audit.internal;

import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted organization's witnesses go first, with the module rows (order 0), before its log's final checkpoint is
 * signed: that checkpoint then queues no delivery (the secrets are about to be shredded with the keyset), and no row
 * of the platform table witness_due is left naming the organization.
 */
@Component
record WitnessesOfDeletedOrganization(JdbcClient jdbc) {

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        // Children before their parents: an attempt names its delivery, a delivery its witness.
        jdbc.sql("delete from witness_due where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from witness_attempts where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from witness_deliveries where tenant_id = ?").param(deleted.orgId()).update();
        jdbc.sql("delete from witnesses where tenant_id = ?").param(deleted.orgId()).update();
    }
}
