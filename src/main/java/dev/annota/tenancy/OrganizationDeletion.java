package dev.annota.tenancy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What deleting an organization removed: rows per tenant-owned table (found from the database catalog). */
public record OrganizationDeletion(UUID organizationId, OrganizationKind kind, Instant deletedAt,
                                   Map<String, Integer> tenantRowsDeleted) {
}
