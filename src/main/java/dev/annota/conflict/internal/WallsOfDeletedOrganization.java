package dev.annota.conflict.internal;

import dev.annota.identity.PeopleOfDeletedOrganization;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted organization's rows from the walls' platform tables, in the deletion's transaction: its class
 * memberships, the competitors it declared and those that declared it (an edge to nobody protects nobody), its
 * cooling-off policy, the exposures of annotators to it, and its own people's exposures and affiliations. (Its
 * tenant-owned rows, excluded affiliations and refusals, go with every other tenant-owned table.)
 */
@Component
record WallsOfDeletedOrganization(JdbcClient jdbc) {

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        var org = deleted.orgId();
        jdbc.sql("delete from conflict_class_members where org_id = ?").param(org).update();
        jdbc.sql("delete from declared_conflicts where org_id = ? or competitor_org_id = ?").params(org, org).update();
        jdbc.sql("delete from wall_policies where org_id = ?").param(org).update();
        jdbc.sql("delete from annotator_exposures where tenant_id = ?").param(org).update();
    }

    /** Its people's rows, told by identity before the users go. */
    @EventListener
    void on(PeopleOfDeletedOrganization leaving) {
        jdbc.sql("delete from annotator_exposures where annotator_id in (:people)").param("people", leaving.userIds()).update();
        jdbc.sql("delete from affiliations where user_id in (:people)").param("people", leaving.userIds()).update();
    }
}
