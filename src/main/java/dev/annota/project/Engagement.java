package dev.annota.project;

import java.time.Instant;
import java.util.UUID;

/** A customer's grant of one project to one workforce organization. */
public record Engagement(UUID projectId, UUID workforceOrgId, String workforceName, Instant createdAt) {
}
