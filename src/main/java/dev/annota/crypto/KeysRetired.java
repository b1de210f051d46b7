package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that retires an organization's old keys (for its access log): {@code DISABLED}
 * (the keys stay in the keyset but open nothing) or {@code DESTROYED} (removed from the keyset for good).
 * {@code by} is the admin who asked, or {@code dev.annota.audit.AuditEvent#SYSTEM}'s id for the scheduled step.
 */
public record KeysRetired(UUID organizationId, Step step, int keys, int keysetVersion, UUID by, UUID byOrg, Instant at) {

    public enum Step {
        DISABLED, DESTROYED
    }
}
