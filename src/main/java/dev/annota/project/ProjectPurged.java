package dev.annota.project;

import java.util.UUID;

/**
 * Published inside the purging tenant transaction of a project whose grace period after deletion ended, before the
 * project's own rows go: each module removes its rows of the project (items and images, assignments, annotations,
 * gold results and quality settings, reviews, wall refusals) in the same transaction, so the purge commits whole or
 * not at all, as {@link dev.annota.tenancy.OrganizationDeleted} does for an organization. The access log keeps its
 * events: it is append-only, and the purge is one of them.
 */
public record ProjectPurged(UUID tenantId, UUID projectId) {
}
