package dev.annota.work.internal;

import dev.annota.identity.Users;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the claim rate-limit counters of a deleted organization's people, in the deletion's transaction. */
@Component
class ClaimWindowsOfDeletedOrganization {

    private final JdbcClient jdbc;
    private final Users users;

    ClaimWindowsOfDeletedOrganization(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        // Runs before the users go (order 10); claim_windows is keyed by annotator.
        for (var people : users.idBatchesOf(deleted.orgId())) {
            jdbc.sql("delete from claim_windows where annotator_id in (:people)").param("people", people).update();
        }
    }
}
