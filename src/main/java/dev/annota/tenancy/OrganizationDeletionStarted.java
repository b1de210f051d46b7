package dev.annota.tenancy;

import java.time.Instant;
import java.util.UUID;

/**
 * Published before an organization's deletion transaction, outside any transaction: listeners end what ties the
 * organization to other tenants (a workforce's engagements live in its customers' tenants), each in that tenant's own
 * transaction. Idempotent by design: a deletion that failed later is simply run again.
 */
public record OrganizationDeletionStarted(UUID orgId, OrganizationKind kind, UUID actorId, UUID actorOrgId, Instant at) {
}
