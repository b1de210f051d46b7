package dev.annota.identity.internal;

import dev.annota.identity.Users;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted organization's users with their API tokens and web sessions, in the deletion's transaction. Runs
 * after the other modules' cleanups (order 10); the modules that keep rows per person remove them as it tells them
 * ({@link dev.annota.identity.PeopleOfDeletedOrganization}), before the users go.
 */
@Component
record AccountsOfDeletedOrganization(Users users, SsoConfigurations sso) {

    @EventListener
    @Order(10)
    void on(OrganizationDeleted deleted) {
        // The single sign-on domains are a platform table (the configuration went with the tenant's rows).
        sso.deleteDomainsOf(deleted.orgId());
        users.deleteAllOf(deleted.orgId());
    }
}
