package dev.annota.masking;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that changes a project's masking settings, for the access log (an administrative
 * act). {@code detail}: the fields and detectors, the region and the patterns' names; never what was masked.
 */
public record MaskingChanged(UUID tenantId, UUID actorId, UUID actorOrgId, UUID projectId, String detail, Instant at) {
}
