package dev.annota.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of an administrative act on accounts (for the access log of {@code orgId}, the
 * organization owning the account): who acted, what changed, on which user or token, when. Never a password, secret
 * or email address: {@code detail} holds roles or a token's name.
 */
public record AccountChanged(UUID orgId, Change change, UUID actorId, UUID actorOrgId, UUID targetId, String detail,
                             Instant at) {

    public enum Change {
        ORGANIZATION_CREATED, USER_CREATED, ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, TOKEN_ISSUED, TOKEN_REVOKED
    }
}
