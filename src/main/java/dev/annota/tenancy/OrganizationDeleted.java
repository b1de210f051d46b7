package dev.annota.tenancy;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the deleted organization's own tenant transaction, before its tenant-owned rows and its row in
 * {@code organizations} are removed: each module removes its platform rows of the organization (users, tokens,
 * sessions, wall settings, directory entries, key jobs) in the same transaction, so the deletion commits whole or not
 * at all. Listeners that must see the others' rows (the users, say) order themselves with {@code @Order}: module rows
 * first (order 0), users (order 10), the access log's last event and final checkpoint last (lowest precedence).
 */
public record OrganizationDeleted(UUID orgId, OrganizationKind kind, UUID actorId, UUID actorOrgId, Instant at) {
}
