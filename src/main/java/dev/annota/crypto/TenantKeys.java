package dev.annota.crypto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.crypto.internal.KeyRetirement;
import dev.annota.crypto.internal.Reencryption;
import dev.annota.crypto.internal.ReencryptionScheduler;
import dev.annota.crypto.internal.TenantKeysets;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * An organization's keys: status, rotation (a new primary key; a background job re-encrypts the stored values) and
 * shredding (the keyset is destroyed; everything sealed under it can never be opened again). Callers check that the
 * person acting is that organization's admin.
 */
@Service
public record TenantKeys(TenantKeysets keysets, Reencryption reencryption, KeyRetirement retirement,
        dev.annota.crypto.internal.MasterKeyRewrap rewrap, ReencryptionScheduler scheduler, TenantScope tenants,
        ApplicationEventPublisher events, Clock clock) {

    public KeyStatus status(UUID organizationId) {
        var stored = keysets.stored(organizationId);
        Rotation latest = rotations(organizationId).stream().findFirst().orElse(null);
        if (stored == null) {
            return new KeyStatus(organizationId, "NONE", 0, null, null, keysets.masterKeyKind(), null, null, null, null, latest);
        }
        boolean shredded = stored.shreddedAt() != null;
        return new KeyStatus(organizationId, shredded ? "SHREDDED" : "ACTIVE", stored.version(),
                shredded ? null : stored.primaryKeyId(), shredded ? null : stored.keyCount(), keysets.masterKeyKind(),
                keyEncryptionKey(organizationId, stored), stored.createdAt(), stored.rotatedAt(), stored.shreddedAt(), latest);
    }

    private String keyEncryptionKey(UUID organizationId, TenantKeysets.Stored stored) {
        if (stored.shreddedAt() != null) {
            return "DESTROYED";
        }
        if (dev.annota.crypto.internal.KeysetWrapping.byMasterKeyDirectly(stored.masterKey())) {
            return "MASTER_KEY";
        }
        return keysets.keyStore().exists(organizationId) ? "TENANT_KEY_FILE" : "MISSING";
    }

    /** A new primary key for the organization; returns the re-encryption job, which runs in the background. */
    public Rotation rotate(UUID organizationId, UUID by) {
        Rotation rotation = tenants.write(organizationId, () -> {
            var keyset = keysets.rotate(organizationId);
            Rotation started = reencryption.start(organizationId, keyset.version(), by);
            // In the rotation's transaction: the new key and its access log event commit together.
            events.publishEvent(new TenantKeyRotated(organizationId, started.id(), started.keysetVersion(), by, Instant.now(clock)));
            return started;
        });
        // Dropped again after the commit: a reader between the update and the commit may have cached the old version.
        keysets.forget(organizationId);
        scheduler.nudge();
        return rotation;
    }

    public List<Rotation> rotations(UUID organizationId) {
        return tenants.read(organizationId, () -> reencryption.of(organizationId));
    }

    public Optional<Rotation> rotation(UUID organizationId, UUID rotationId) {
        return tenants.read(organizationId, () -> reencryption.find(organizationId, rotationId));
    }

    /**
     * Destroys the organization's keyset. Its stored items and annotations stay as ciphertext nobody can open; reads
     * and writes of its data answer {@link KeysShredded} (410) from then on, on other instances within the keyset
     * cache's time to live.
     */
    public void shred(UUID organizationId, UUID by) {
        shred(organizationId, by, organizationId);
    }

    /**
     * As {@link #shred(UUID, UUID)}, by a person of organization {@code byOrg} (the operator deleting an organization).
     * Joins the organization's tenant transaction when one is in progress (organization deletion).
     */
    public void shred(UUID organizationId, UUID by, UUID byOrg) {
        tenants.write(organizationId, () -> {
            boolean shredded = keysets.shred(organizationId, by);
            reencryption.cancel(organizationId);
            if (shredded) {
                events.publishEvent(new TenantKeysShredded(organizationId, by, byOrg, Instant.now(clock)));
            }
        });
        keysets.forget(organizationId);
    }

    /**
     * The next step of retiring the keys the latest rotation replaced (disable them, or later destroy them), if it is
     * safe now; otherwise why not. By an admin of the organization (or {@code by} = the system's id on schedule).
     */
    public KeyRetirement.Result retire(UUID organizationId, UUID by, UUID byOrg) {
        var result = retirement.step(organizationId, by, byOrg);
        keysets.forget(organizationId);
        return result;
    }

    /** Every retirement step due now, for every organization (the background job; operations and tests). */
    public int retireDue(UUID systemActor) {
        return retirement.runDue(systemActor);
    }

    /**
     * Puts every organization's keys under the current master key, each in its organization's transaction with a
     * {@link KeysetRewrapped} event: key-encryption key files wrapped by the previous master key
     * ({@code annota.crypto.previous-master-key-*}) are re-wrapped, and keysets stored before the tenant key files
     * (wrapped by a master key directly) get a key-encryption key.
     */
    public RewrapReport rewrapAll(UUID by, UUID byOrg) {
        return rewrap.run(by, byOrg);
    }

    /** Runs pending re-encryption jobs on the calling thread (operations and tests); returns the batches done. */
    public int reencryptNow(Duration budget) {
        return reencryption.runPending(budget);
    }
}
