package dev.annota.work.internal;

import dev.annota.identity.PeopleOfDeletedOrganization;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the claim rate-limit counters of a deleted organization's people (claim_windows is keyed by annotator), in
 * the deletion's transaction, as identity tells of them before the users go.
 */
@Component
record ClaimWindowsOfDeletedOrganization(JdbcClient jdbc) {

    @EventListener
    void on(PeopleOfDeletedOrganization leaving) {
        jdbc.sql("delete from claim_windows where annotator_id in (:people)").param("people", leaving.userIds()).update();
    }
}
