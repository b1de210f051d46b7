package dev.annota.work.internal;

import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the claim rate-limit counters of a deleted organization's people, in the deletion's transaction. */
@Component
class ClaimWindowsOfDeletedOrganization {

    private final JdbcClient jdbc;

    ClaimWindowsOfDeletedOrganization(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        jdbc.sql("delete from claim_windows where annotator_id in (select id from users where org_id = ?)")
                .param(deleted.orgId()).update();
    }
}
