package dev.annota.project;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;

/** A caller's rights on one project, decided from the owning organization, engagements and roles. */
public record ProjectAccess(Project project, CurrentUser caller, boolean owner, boolean manage, boolean work) {

    public java.util.UUID tenantId() {
        return project.tenantId();
    }

    /**
     * Whether the caller is an admin, manager or reviewer of the owning organization: who may see the owner's payloads
     * (PRODUCT.md) and the project's trust figures (bias, rankings, authenticity).
     */
    public boolean ownerStaff() {
        return owner && caller.hasAny(Role.ADMIN, Role.MANAGER, Role.REVIEWER);
    }
}
