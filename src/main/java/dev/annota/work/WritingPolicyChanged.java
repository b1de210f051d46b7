package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

/** Published inside the transaction that changes a project's paste policy (for the owning tenant's access log). */
public record WritingPolicyChanged(UUID tenantId, UUID projectId, UUID actorId, UUID actorOrgId, String paste, Instant at) {
}
