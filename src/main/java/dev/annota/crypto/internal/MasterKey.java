package dev.annota.crypto.internal;

import com.google.crypto.tink.Aead;

/**
 * What wraps (encrypts) every tenant keyset stored in the database. {@link #id()} is stored beside each wrapped
 * keyset, so a keyset wrapped by another master key is named as such instead of failing as "corrupt".
 */
public interface MasterKey {

    /** Names the key, never contains it: {@code local:<key id>} or the KMS key URI. */
    String id();

    /** {@code local key file} or {@code KMS}. */
    String kind();

    Aead aead();
}
