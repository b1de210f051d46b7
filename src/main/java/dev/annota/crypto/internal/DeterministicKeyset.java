package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.daead.AesSivKey;

/**
 * A tenant's deterministic keyset (Tink's AES-SIV keyset, as stored): sealing and opening one value go through Tink;
 * {@link #opening} opens many values of one associated data (an export's external ids) with the per-value work of
 * S2V done once ({@link SivOpening}), Tink deciding whatever that does not open.
 */
public final class DeterministicKeyset implements DeterministicAead {

    private final DeterministicAead tink;
    /** {@link #sivKeys}. */
    private final List<byte[][]> keys;

    DeterministicKeyset(KeysetHandle handle) throws GeneralSecurityException {
        this.tink = handle.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class);
        this.keys = sivKeys(handle);
    }

    /** Each enabled AES-SIV key of {@code handle} that has an output prefix: {prefix, raw key}. */
    static List<byte[][]> sivKeys(KeysetHandle handle) throws GeneralSecurityException {
        var found = new ArrayList<byte[][]>();
        for (int i = 0; i < handle.size(); i++) {
            var entry = handle.getAt(i);
            if (entry.getStatus() == KeyStatus.ENABLED && entry.getKey() instanceof AesSivKey key
                    && key.getOutputPrefix().size() > 0) {
                found.add(new byte[][] {key.getOutputPrefix().toByteArray(),
                        key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get())});
            }
        }
        return List.copyOf(found);
    }

    @Override
    public byte[] encryptDeterministically(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        return tink.encryptDeterministically(plaintext, associatedData);
    }

    @Override
    public byte[] decryptDeterministically(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return tink.decryptDeterministically(ciphertext, associatedData);
    }

    /**
     * Opens many values of {@code associatedData} on one thread: each as {@link #decryptDeterministically} would,
     * throwing as it does.
     */
    public Opening opening(byte[] associatedData) throws GeneralSecurityException {
        var siv = new SivOpening(keys, associatedData);
        return ciphertext -> {
            byte[] opened = siv.open(ciphertext);
            return opened != null ? opened : tink.decryptDeterministically(ciphertext, associatedData);
        };
    }

    /** Deterministic ciphertexts of one associated data opened one after the other; not thread-safe. */
    @FunctionalInterface
    public interface Opening {
        byte[] open(byte[] ciphertext) throws GeneralSecurityException;
    }
}
