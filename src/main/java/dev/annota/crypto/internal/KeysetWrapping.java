package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;

/**
 * The one place that wraps a tenant keyset for {@code tenant_keys} and unwraps it again: every keyset stored there goes
 * through {@link #wrap} and {@link #unwrap}.
 *
 * <p>A keyset is wrapped by its organization's key-encryption key ({@link TenantKeyStore}, a file outside the
 * database) and stored with {@link #BY_TENANT_KEY} in {@code tenant_keys.master_key}. Keysets stored before that
 * (installations from before the tenant key files) are wrapped directly by a master key, whose id that column holds:
 * they keep opening, with the current or the previous master key, until {@code keys rewrap} or the next change of the
 * keyset (a rotation, a retirement step) wraps them by a key-encryption key.
 */
public final class KeysetWrapping {

    /** {@code tenant_keys.master_key} of a keyset wrapped by its organization's key-encryption key. */
    public static final String BY_TENANT_KEY = "tenant-key";

    private final TenantKeyStore store;
    private final MasterKey master;
    private final PreviousMasterKey previous;

    public KeysetWrapping(TenantKeyStore store, MasterKey master, PreviousMasterKey previous) {
        this.store = store;
        this.master = master;
        this.previous = previous;
    }

    /** The keyset wrapped by the organization's key-encryption key (created when it has none). */
    public String wrap(UUID tenantId, KeysetHandle keyset) throws GeneralSecurityException {
        return Keysets.wrap(keyset, store.openOrCreate(tenantId), tenantId);
    }

    /**
     * Opens a stored keyset. {@code wrappedBy} is {@code tenant_keys.master_key}: {@link #BY_TENANT_KEY}, or the id of
     * the master key that wraps a keyset from before the tenant key files.
     */
    public KeysetHandle unwrap(UUID tenantId, String wrapped, String wrappedBy) throws GeneralSecurityException {
        if (BY_TENANT_KEY.equals(wrappedBy)) {
            return Keysets.unwrap(wrapped, store.open(tenantId), tenantId);
        }
        if (master.id().equals(wrappedBy)) {
            return Keysets.unwrap(wrapped, master.aead(), tenantId);
        }
        if (previous.key() != null && previous.key().id().equals(wrappedBy)) {
            // Not yet re-wrapped after a master key change: opened with the previous key until `keys rewrap` ran.
            return Keysets.unwrap(wrapped, previous.key().aead(), tenantId);
        }
        throw new GeneralSecurityException("it is wrapped by master key " + wrappedBy
                + " but this instance is configured with " + master.id()
                + (previous.key() == null ? "" : " and previously " + previous.key().id()));
    }

    /** Whether a keyset stored with this {@code master_key} is still wrapped directly by a master key. */
    public static boolean byMasterKeyDirectly(String wrappedBy) {
        return !BY_TENANT_KEY.equals(wrappedBy);
    }

    public TenantKeyStore store() {
        return store;
    }
}
