package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that re-wraps an organization's keyset under a new master key (for its access
 * log). The keys themselves do not change; only what encrypts them at rest. Names the master keys, never contains them.
 */
public record KeysetRewrapped(UUID organizationId, String fromMasterKey, String toMasterKey, UUID by, UUID byOrg,
                              Instant at) {
}
