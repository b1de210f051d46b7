package dev.annota.quality;

import java.time.Instant;
import java.util.UUID;

/** Published inside the transaction that changes a project's quality settings (for the owning tenant's access log). */
public record QualitySettingsChanged(UUID tenantId, UUID projectId, UUID actorId, UUID actorOrgId, String settings,
                                     Instant at) {
}
