package dev.annota.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.DeterministicAead;
import dev.annota.crypto.EncryptedColumn;

/**
 * The stored form of a sealed value: {@code v1:} followed by the base64 of the Tink AEAD ciphertext (Tink's 5-byte
 * prefix naming the key, the 12-byte nonce, the encrypted UTF-8 text, the 16-byte tag). The associated data binds
 * the tenant, the column and the row: a value copied to another row, column or tenant fails to open.
 */
public final class ValueCodec {

    public static final String PREFIX = "v1:";
    public static final String DETERMINISTIC_PREFIX = "d1:";
    private static final byte TINK_PREFIX = 0x01;

    private ValueCodec() {
    }

    public static byte[] associatedData(UUID tenantId, EncryptedColumn column, UUID rowId) {
        return ("annota/v1|" + tenantId + "|" + column.sealedAs() + "|" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    /** Deterministic values are bound to a scope (the project of an external id), not a row: equal ids must compare. */
    public static byte[] deterministicData(UUID tenantId, EncryptedColumn column, UUID scopeId) {
        return ("annota/d1|" + tenantId + "|" + column.sealedAs() + "|" + column.scope() + "=" + scopeId)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The stored form of a deterministic value: {@code d1:} + base64 of the Tink deterministic AEAD (AES-256-SIV)
     * ciphertext. The same plaintext, tenant, column and scope always give the same text, so a unique index and an
     * equality lookup (by sealing the value looked for) work on it; nothing else about the value shows.
     */
    public static String sealDeterministic(DeterministicAead daead, UUID tenantId, EncryptedColumn column, UUID scopeId,
                                           String plaintext) throws GeneralSecurityException {
        byte[] ciphertext = daead.encryptDeterministically(plaintext.getBytes(StandardCharsets.UTF_8),
                deterministicData(tenantId, column, scopeId));
        return DETERMINISTIC_PREFIX + Base64.getEncoder().encodeToString(ciphertext);
    }

    public static String openDeterministic(DeterministicAead daead, UUID tenantId, EncryptedColumn column, UUID scopeId,
                                           String stored) throws GeneralSecurityException {
        if (!isDeterministic(stored)) {
            throw new GeneralSecurityException("not a deterministically sealed value");
        }
        byte[] ciphertext = ciphertext(stored, DETERMINISTIC_PREFIX);
        return new String(daead.decryptDeterministically(ciphertext, deterministicData(tenantId, column, scopeId)),
                StandardCharsets.UTF_8);
    }

    /** As above with the associated data made beforehand ({@link #deterministicData}), for many values of one scope. */
    public static String openDeterministic(DeterministicAead daead, byte[] associatedData, String stored)
            throws GeneralSecurityException {
        if (!isDeterministic(stored)) {
            throw new GeneralSecurityException("not a deterministically sealed value");
        }
        return new String(daead.decryptDeterministically(ciphertext(stored, DETERMINISTIC_PREFIX), associatedData),
                StandardCharsets.UTF_8);
    }

    public static boolean isDeterministic(String stored) {
        return stored != null && stored.startsWith(DETERMINISTIC_PREFIX);
    }

    public static String seal(Aead aead, UUID tenantId, EncryptedColumn column, UUID rowId, String plaintext)
            throws GeneralSecurityException {
        return sealBytes(aead, tenantId, column, rowId, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Text is sealed as its UTF-8 bytes, so one stored form serves text and binary values (uploaded images). */
    public static String sealBytes(Aead aead, UUID tenantId, EncryptedColumn column, UUID rowId, byte[] plaintext)
            throws GeneralSecurityException {
        byte[] ciphertext = aead.encrypt(plaintext, associatedData(tenantId, column, rowId));
        return PREFIX + Base64.getEncoder().encodeToString(ciphertext);
    }

    /** The plaintext; throws when the value was altered, moved or sealed under a key the AEAD does not hold. */
    public static String open(Aead aead, UUID tenantId, EncryptedColumn column, UUID rowId, String stored)
            throws GeneralSecurityException {
        return new String(openBytes(aead, tenantId, column, rowId, stored), StandardCharsets.UTF_8);
    }

    public static byte[] openBytes(Aead aead, UUID tenantId, EncryptedColumn column, UUID rowId, String stored)
            throws GeneralSecurityException {
        if (!isSealed(stored)) {
            throw new GeneralSecurityException("not a sealed value");
        }
        return aead.decrypt(ciphertext(stored, PREFIX), associatedData(tenantId, column, rowId));
    }

    /**
     * The fixed part of {@link #associatedData} for many rows of one column of one tenant; {@link #open(Aead, byte[], UUID,
     * String)} appends each row's id.
     */
    public static byte[] associatedDataPrefix(UUID tenantId, EncryptedColumn column) {
        return ("annota/v1|" + tenantId + "|" + column.sealedAs() + "|").getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #open(Aead, UUID, EncryptedColumn, UUID, String)} with the associated data's prefix encoded once. */
    public static String open(Aead aead, byte[] associatedDataPrefix, UUID rowId, String stored) throws GeneralSecurityException {
        if (!isSealed(stored)) {
            throw new GeneralSecurityException("not a sealed value");
        }
        byte[] id = rowId.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] data = java.util.Arrays.copyOf(associatedDataPrefix, associatedDataPrefix.length + id.length);
        System.arraycopy(id, 0, data, associatedDataPrefix.length, id.length);
        return new String(aead.decrypt(ciphertext(stored, PREFIX), data), StandardCharsets.UTF_8);
    }

    /**
     * As {@link #open(Aead, byte[], UUID, String)}, the plaintext's UTF-8 bytes as they come out of the AEAD: an export
     * writes them as they are, without turning them into a string and back.
     */
    public static byte[] openBytes(Aead aead, byte[] associatedDataPrefix, UUID rowId, String stored)
            throws GeneralSecurityException {
        if (!isSealed(stored)) {
            throw new GeneralSecurityException("not a sealed value");
        }
        byte[] data = java.util.Arrays.copyOf(associatedDataPrefix, associatedDataPrefix.length + 36);
        writeUuid(rowId, data, associatedDataPrefix.length);
        return aead.decrypt(ciphertext(stored, PREFIX), data);
    }

    /** As {@link #openDeterministic(DeterministicAead, byte[], String)}, the plaintext's UTF-8 bytes. */
    public static byte[] openDeterministicBytes(DeterministicAead daead, byte[] associatedData, String stored)
            throws GeneralSecurityException {
        if (!isDeterministic(stored)) {
            throw new GeneralSecurityException("not a deterministically sealed value");
        }
        return daead.decryptDeterministically(ciphertext(stored, DETERMINISTIC_PREFIX), associatedData);
    }

    /** As {@link #openDeterministicBytes(DeterministicAead, byte[], String)} through an opening of one associated data. */
    public static byte[] openDeterministicBytes(DeterministicKeyset.Opening opening, String stored)
            throws GeneralSecurityException {
        if (!isDeterministic(stored)) {
            throw new GeneralSecurityException("not a deterministically sealed value");
        }
        return opening.open(ciphertext(stored, DETERMINISTIC_PREFIX));
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** {@code id.toString()}'s 36 ASCII bytes at {@code at}, without the string. */
    private static void writeUuid(UUID id, byte[] to, int at) {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        int i = at;
        for (int nibble = 15; nibble >= 0; nibble--) {
            to[i++] = HEX[(int) (msb >>> (nibble * 4)) & 0xf];
            if (nibble == 8 || nibble == 4 || nibble == 0) {
                to[i++] = '-';
            }
        }
        for (int nibble = 15; nibble >= 0; nibble--) {
            to[i++] = HEX[(int) (lsb >>> (nibble * 4)) & 0xf];
            if (nibble == 12) {
                to[i++] = '-';
            }
        }
    }

    /**
     * The ciphertext of a stored value that starts with its prefix. Decoded from the text's Latin-1 bytes (base64 is
     * ASCII; a compact string's bytes are copied as they are) past the prefix: no substring and then its bytes.
     */
    private static byte[] ciphertext(String stored, String prefix) throws GeneralSecurityException {
        byte[] text = stored.getBytes(StandardCharsets.ISO_8859_1);
        try {
            java.nio.ByteBuffer decoded = Base64.getDecoder()
                    .decode(java.nio.ByteBuffer.wrap(text, prefix.length(), text.length - prefix.length()));
            byte[] bytes = decoded.array();
            return decoded.arrayOffset() == 0 && decoded.remaining() == bytes.length ? bytes
                    : java.util.Arrays.copyOfRange(bytes, decoded.arrayOffset() + decoded.position(),
                    decoded.arrayOffset() + decoded.limit());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not valid base64");
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * The id of the Tink key that sealed the value (from the ciphertext's prefix), or null for a value that is not
     * sealed. Lets the re-encryption job skip values already under the primary key without decrypting them.
     */
    public static Integer keyId(String stored) {
        if (!isSealed(stored) || stored.length() < PREFIX.length() + 8) {
            return null;
        }
        byte[] head;
        try {
            // 8 base64 characters are 6 bytes: the prefix byte and the 4-byte key id.
            head = Base64.getDecoder().decode(stored.substring(PREFIX.length(), PREFIX.length() + 8));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (head[0] != TINK_PREFIX) {
            return null;
        }
        return ((head[1] & 0xff) << 24) | ((head[2] & 0xff) << 16) | ((head[3] & 0xff) << 8) | (head[4] & 0xff);
    }
}
