package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of a re-encryption job's last batch (for the organization's access log): every
 * stored value was looked at; {@code rowsFailed} would not open and were left as they were.
 */
public record ReencryptionFinished(UUID organizationId, UUID rotationId, int keysetVersion, long rowsReencrypted,
                                   long rowsFailed, Instant at) {
}
