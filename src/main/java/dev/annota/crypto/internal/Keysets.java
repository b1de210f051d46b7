package dev.annota.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;

/** Tenant keysets without storage: generate, rotate, wrap under the master key, unwrap. */
public final class Keysets {

    private Keysets() {
    }

    public static KeysetHandle generate() throws GeneralSecurityException {
        Tink.init();
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    /**
     * A tenant's deterministic keyset (one AES-256-SIV key): for the values that must stay comparable in SQL (external
     * ids, unique per project). Never rotated: equal values must give equal ciphertexts in every row, old and new.
     */
    public static KeysetHandle generateDeterministic() throws GeneralSecurityException {
        Tink.init();
        return KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
    }

    public static DeterministicKeyset deterministicAead(KeysetHandle handle) throws GeneralSecurityException {
        Tink.init();
        return new DeterministicKeyset(handle);
    }

    /** The same keyset plus a new AES-256-GCM key that becomes primary; the old keys stay, enabled, to open old data. */
    public static KeysetHandle rotate(KeysetHandle handle) throws GeneralSecurityException {
        Tink.init();
        return KeysetHandle.newBuilder(handle)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
    }

    /** The same keyset with every key but the primary disabled: still stored, opening nothing. */
    public static KeysetHandle disableAllButPrimary(KeysetHandle handle) throws GeneralSecurityException {
        Tink.init();
        var builder = KeysetHandle.newBuilder(handle);
        for (int i = 0; i < builder.size(); i++) {
            if (!builder.getAt(i).isPrimary()) {
                builder.getAt(i).setStatus(com.google.crypto.tink.KeyStatus.DISABLED);
            }
        }
        return builder.build();
    }

    /** The same keyset without its disabled keys: their key material is gone from it for good. */
    public static KeysetHandle destroyDisabled(KeysetHandle handle) throws GeneralSecurityException {
        Tink.init();
        var builder = KeysetHandle.newBuilder(handle);
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (builder.getAt(i).getStatus() == com.google.crypto.tink.KeyStatus.DISABLED) {
                builder.deleteAt(i);
            }
        }
        return builder.build();
    }

    /** How many keys of the keyset have the status. */
    public static int count(KeysetHandle handle, com.google.crypto.tink.KeyStatus status) {
        int n = 0;
        for (int i = 0; i < handle.size(); i++) {
            if (handle.getAt(i).getStatus() == status) {
                n++;
            }
        }
        return n;
    }

    public static Aead aead(KeysetHandle handle) throws GeneralSecurityException {
        Tink.init();
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /**
     * The keyset encrypted by the master key, bound to its tenant: a wrapped keyset copied to another tenant fails. The
     * one way any tenant keyset (the AEAD one and the deterministic one alike) is wrapped and unwrapped.
     */
    public static String wrap(KeysetHandle handle, Aead master, UUID tenantId) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master, wrapData(tenantId));
    }

    public static KeysetHandle unwrap(String wrapped, Aead master, UUID tenantId) throws GeneralSecurityException {
        Tink.init();
        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, wrapData(tenantId));
    }

    private static byte[] wrapData(UUID tenantId) {
        return ("annota/tenant-keyset/v1|" + tenantId).getBytes(StandardCharsets.UTF_8);
    }
}
