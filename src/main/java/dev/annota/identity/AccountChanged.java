package dev.annota.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of an administrative act on accounts (for the access log of {@code orgId}, the
 * organization owning the account): who acted, what changed, on which user or token, when. Never a password, secret
 * or email address, never a setup link: {@code detail} holds roles, a token's name or how a password was set.
 */
public record AccountChanged(UUID orgId, Change change, UUID actorId, UUID actorOrgId, UUID targetId, String detail,
                             Instant at) {

    public enum Change {
        ORGANIZATION_CREATED, USER_CREATED, ROLES_CHANGED, USER_DEACTIVATED, USER_REACTIVATED, TOKEN_ISSUED, TOKEN_REVOKED,
        /** A one-time setup link issued for a user who has no password yet (a new user, or a new link for one). */
        SETUP_LINK_ISSUED,
        /** A user set their password: with a setup link, or changing their own with the current one. */
        PASSWORD_CHANGED,
        /** An admin ended a user's password (and sessions and tokens) and issued a setup link instead. */
        PASSWORD_RESET,
        /** An admin saved the organization's single sign-on configuration (detail: issuer, domains, role; never the secret). */
        SSO_CONFIGURED,
        /** An admin removed the organization's single sign-on configuration. */
        SSO_REMOVED
    }
}
