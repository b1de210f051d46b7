package dev.annota.crypto.internal;

import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;

/**
 * A tenant's unwrapped keyset at one version. Immutable: a rotation makes a new version, never changes this one, so
 * caching it is safe as long as a newer version is noticed (see {@link TenantKeysets}).
 *
 * @param deterministic the tenant's deterministic keyset (AES-256-SIV, never rotated), or null while the tenant has none
 *                      yet (a keyset made before deterministic sealing existed gets one on its first deterministic seal)
 */
public record TenantKeyset(UUID tenantId, int version, KeysetHandle handle, Aead aead, DeterministicKeyset deterministic,
                           long loadedAtNanos) {

    public int primaryKeyId() {
        return handle.getPrimary().getId();
    }

    @Override
    public String toString() {
        // Never the keys: a keyset logged by accident shows only what identifies it.
        return "TenantKeyset[tenant=" + tenantId + ", version=" + version + ", primary=" + Integer.toUnsignedString(primaryKeyId()) + "]";
    }
}
