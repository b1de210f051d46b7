package dev.annota.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as an administrator sees it: no password hash. */
public record UserAccount(UUID id, UUID orgId, String email, String displayName, Set<Role> roles, boolean enabled,
                          Instant createdAt) {
}
