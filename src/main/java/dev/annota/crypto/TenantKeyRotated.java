package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/** Published when an organization's admin rotates its keys (for the access log). */
public record TenantKeyRotated(UUID organizationId, UUID rotationId, int keysetVersion, UUID by, Instant at) {
}
