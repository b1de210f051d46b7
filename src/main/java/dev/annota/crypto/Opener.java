package dev.annota.crypto;

import java.util.UUID;

/**
 * Opens many values of one column of one tenant (an export's million rows): the keyset is looked up once, on the first
 * value, and the associated data's fixed part is encoded once, so each row costs its decryption and nothing else.
 * Throws {@link UnreadableValue} or {@link KeysShredded} as {@link TenantCrypto#open} does.
 */
@FunctionalInterface
public interface Opener {

    /** The plaintext of {@code stored}; for a deterministic column {@code rowId} is the scope (e.g. the project). */
    String open(UUID rowId, String stored);

    /**
     * The plaintext's UTF-8 bytes (null for null), for a writer that takes bytes: the openers of {@link TenantCrypto}
     * hand over what the decryption gave, without making a string of it.
     */
    default byte[] openUtf8(UUID rowId, String stored) {
        String opened = open(rowId, stored);
        return opened == null ? null : opened.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
