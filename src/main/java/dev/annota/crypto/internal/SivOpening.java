package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens many AES-SIV (RFC 5297) ciphertexts of one deterministic keyset under one associated data — an export's
 * external ids, all bound to one project — as Tink's {@code decryptDeterministically} does, for a fraction of its
 * cost. Tink's {@code AesSiv} computes, in every call, the CMAC of the zero block and of the associated data (S2V's
 * first two steps, the same for every value of the project) and initialises three ciphers (one per CMAC, one for
 * CTR): a sixth of an export's CPU went there. Here the S2V state after the associated data is computed once, and
 * the two AES keys' ciphers are set up once; a value costs one CTR pass and one CMAC over its own bytes.
 *
 * <p>Reads Tink's ciphertexts as they are: the key's output prefix (Tink's {@code 0x01} and key id), the 16-byte
 * synthetic IV, the CTR ciphertext. A ciphertext that no key of this opening opens (another prefix, a raw key, a
 * tag that does not verify) gives null: the caller then asks Tink, which decides (and names the failure). So this
 * never accepts what Tink refuses: a value is returned only when its synthetic IV verifies under the key its prefix
 * names. {@code SivOpeningTests} checks it against Tink. Not thread-safe: one opening per reader.
 */
final class SivOpening {

    private static final int BLOCK = 16;

    private final List<Key> keys;
    private byte[] work = new byte[64];
    private byte[] stream = new byte[64];

    /** One AES-SIV key: its output prefix, its CMAC and CTR ciphers, its S2V state after the associated data. */
    private record Key(byte[] prefix, Cipher cbc, Cipher ecb, byte[] subkey1, byte[] subkey2, byte[] s2v, byte[] s2vDoubled) {
    }

    /**
     * @param keys each key's output prefix and its raw AES-SIV key (32 or 64 bytes: the CMAC key, then the CTR key),
     *             keys without a prefix left out (the caller falls back to Tink for them)
     */
    SivOpening(List<byte[][]> keys, byte[] associatedData) throws GeneralSecurityException {
        var opened = new ArrayList<Key>();
        for (byte[][] key : keys) {
            opened.add(key(key[0], key[1], associatedData));
        }
        this.keys = List.copyOf(opened);
    }

    private static Key key(byte[] prefix, byte[] key, byte[] associatedData) throws GeneralSecurityException {
        if (key.length != 32 && key.length != 64) {
            throw new GeneralSecurityException("an AES-SIV key has 32 or 64 bytes, not " + key.length);
        }
        int half = key.length / 2;
        // CBC with a zero IV is CMAC's chain; doFinal returns the cipher to that IV, so it is set up once.
        Cipher cbc = Cipher.getInstance("AES/CBC/NoPadding");
        cbc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, half, "AES"), new IvParameterSpec(new byte[BLOCK]));
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, half, half, "AES"));
        // RFC 4493's subkeys: L = AES(K, 0), K1 = dbl(L), K2 = dbl(K1).
        byte[] subkey1 = doubled(cbc.doFinal(new byte[BLOCK]));
        byte[] subkey2 = doubled(subkey1);
        // S2V(K, AD, P): D = CMAC(0); D = dbl(D) xor CMAC(AD); then P, the only part that changes per value.
        byte[] d = cmac(cbc, subkey1, subkey2, new byte[BLOCK], BLOCK, new byte[BLOCK]);
        byte[] padded = Arrays.copyOf(associatedData, Math.max(BLOCK, (associatedData.length + BLOCK - 1) / BLOCK * BLOCK));
        byte[] ad = cmac(cbc, subkey1, subkey2, padded, associatedData.length, new byte[padded.length]);
        byte[] s2v = doubled(d);
        xor(s2v, 0, ad, 0);
        return new Key(prefix.clone(), cbc, ecb, subkey1, subkey2, s2v, doubled(s2v));
    }

    /** The plaintext of {@code ciphertext}, or null when no key of this opening opens it (the caller asks Tink). */
    byte[] open(byte[] ciphertext) throws GeneralSecurityException {
        for (Key key : keys) {
            int start = key.prefix().length + BLOCK;
            if (ciphertext.length >= start && Arrays.equals(ciphertext, 0, key.prefix().length, key.prefix(), 0, key.prefix().length)) {
                byte[] opened = open(key, ciphertext, key.prefix().length);
                if (opened != null) {
                    return opened;
                }
            }
        }
        return null;
    }

    private byte[] open(Key key, byte[] ciphertext, int ivAt) throws GeneralSecurityException {
        int at = ivAt + BLOCK;
        int length = ciphertext.length - at;
        int blocks = Math.max(1, (length + BLOCK - 1) / BLOCK);
        int padded = blocks * BLOCK;
        if (stream.length < padded) {
            stream = new byte[padded];
            work = new byte[padded];
        }
        // CTR: the counter is the synthetic IV with bits 63 and 31 cleared (RFC 5297 2.5), counting over all 128 bits.
        long high = readLong(ciphertext, ivAt);
        long low = readLong(ciphertext, ivAt + 8) & 0x7fffffff7fffffffL;
        for (int b = 0; b < blocks; b++) {
            writeLong(stream, b * BLOCK, high);
            writeLong(stream, b * BLOCK + 8, low);
            if (++low == 0) {
                high++;
            }
        }
        key.ecb().doFinal(stream, 0, padded, stream, 0);
        byte[] plaintext = new byte[length];
        for (int i = 0; i < length; i++) {
            plaintext[i] = (byte) (ciphertext[at + i] ^ stream[i]);
        }
        // S2V's last step: T = P xorend D when P has a block or more, else dbl(D) xor pad(P); the tag is CMAC(T).
        byte[] t = work;
        int tLength;
        if (length >= BLOCK) {
            System.arraycopy(plaintext, 0, t, 0, length);
            xor(t, length - BLOCK, key.s2v(), 0);
            tLength = length;
        } else {
            System.arraycopy(key.s2vDoubled(), 0, t, 0, BLOCK);
            for (int i = 0; i < length; i++) {
                t[i] ^= plaintext[i];
            }
            t[length] ^= (byte) 0x80;
            tLength = BLOCK;
        }
        byte[] tag = cmac(key.cbc(), key.subkey1(), key.subkey2(), t, tLength, stream);
        return MessageDigest.isEqual(Arrays.copyOfRange(ciphertext, ivAt, at), tag) ? plaintext : null;
    }

    /**
     * CMAC (RFC 4493) of {@code message}'s first {@code length} bytes, overwriting the message's last block with
     * its padded and masked form; {@code out} holds the chain (as long as the padded message).
     */
    private static byte[] cmac(Cipher cbc, byte[] subkey1, byte[] subkey2, byte[] message, int length, byte[] out)
            throws GeneralSecurityException {
        int blocks = Math.max(1, (length + BLOCK - 1) / BLOCK);
        int last = (blocks - 1) * BLOCK;
        if (length > 0 && length % BLOCK == 0) {
            xor(message, last, subkey1, 0);
        } else {
            Arrays.fill(message, length, blocks * BLOCK, (byte) 0);
            message[length] = (byte) 0x80;
            xor(message, last, subkey2, 0);
        }
        cbc.doFinal(message, 0, blocks * BLOCK, out, 0);
        return Arrays.copyOfRange(out, last, last + BLOCK);
    }

    /** Doubling in GF(2^128) (RFC 5297 2.3), into a new block. */
    private static byte[] doubled(byte[] block) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK - 1; i++) {
            out[i] = (byte) ((block[i] << 1) | ((block[i + 1] & 0xff) >>> 7));
        }
        out[BLOCK - 1] = (byte) ((block[BLOCK - 1] << 1) ^ ((block[0] & 0x80) != 0 ? 0x87 : 0));
        return out;
    }

    /** {@code to[at..at+16) ^= from[from..from+16)}. */
    private static void xor(byte[] to, int at, byte[] from, int offset) {
        for (int i = 0; i < BLOCK; i++) {
            to[at + i] ^= from[offset + i];
        }
    }

    private static long readLong(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }

    private static void writeLong(byte[] bytes, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            bytes[at + i] = (byte) value;
            value >>>= 8;
        }
    }
}
