package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/** Published when an organization's keyset is destroyed (crypto-shredding; for the access log). */
public record TenantKeysShredded(UUID organizationId, UUID by, UUID byOrg, Instant at) {
}
