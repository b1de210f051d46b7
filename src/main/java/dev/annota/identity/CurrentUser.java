package dev.annota.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import dev.annota.tenancy.OrganizationKind;

/** The person behind a request: who, of which organization, with which roles. */
public record CurrentUser(UUID id, UUID orgId, OrganizationKind orgKind, String email, String displayName,
                          Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOperator() {
        return orgKind == OrganizationKind.OPERATOR;
    }
}
