package dev.annota.project;

import dev.annota.identity.CurrentUser;

/** A caller's rights on one project, decided from the owning organization, engagements and roles. */
public record ProjectAccess(Project project, CurrentUser caller, boolean owner, boolean manage, boolean work) {

    public java.util.UUID tenantId() {
        return project.tenantId();
    }
}
