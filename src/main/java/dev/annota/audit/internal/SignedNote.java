package dev.annota.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint):
 * <pre>
 * &lt;origin&gt;\n
 * &lt;tree size, decimal&gt;\n
 * &lt;root hash, base64&gt;\n
 * \n
 * — &lt;key name&gt; &lt;base64(key hash (4 bytes) || Ed25519 signature (64 bytes))&gt;\n
 * </pre>
 * The signature covers the text above the blank line, final newline included. The key name is the origin; the key
 * hash is the first 4 bytes of SHA-256(key name || 0x0A || 0x01 || public key) (0x01: Ed25519). Verification uses the
 * JDK's Ed25519 only, so the offline verifier needs nothing else.
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw 32-byte key follows. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private SignedNote() {
    }

    public record Checkpoint(String origin, long size, byte[] root) {

        public String body() {
            return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
        }
    }

    /** Thrown for a note that does not parse or whose signature does not verify. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public interface Signer {
        byte[] sign(byte[] message) throws GeneralSecurityException;

        byte[] publicKey();
    }

    public static String sign(Checkpoint checkpoint, Signer signer) throws GeneralSecurityException {
        String body = checkpoint.body();
        byte[] sig = signer.sign(body.getBytes(StandardCharsets.UTF_8));
        byte[] keyHash = keyHash(checkpoint.origin(), signer.publicKey());
        byte[] blob = new byte[4 + sig.length];
        System.arraycopy(keyHash, 0, blob, 0, 4);
        System.arraycopy(sig, 0, blob, 4, sig.length);
        return body + "\n" + DASH + checkpoint.origin() + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    /** Parses a note and checks it carries a valid signature by {@code publicKey} under the origin's name. */
    public static Checkpoint verify(String note, byte[] publicKey) throws Invalid {
        int split = note.indexOf("\n\n");
        if (split < 0) {
            throw new Invalid("not a signed note: no blank line between text and signatures");
        }
        String body = note.substring(0, split + 1);
        String[] lines = body.split("\n", -1);
        if (lines.length < 4) {
            throw new Invalid("a checkpoint has an origin, a tree size and a root hash");
        }
        String origin = lines[0];
        long size;
        byte[] root;
        try {
            size = Long.parseLong(lines[1]);
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new Invalid("malformed checkpoint: " + e.getMessage());
        }
        if (origin.isEmpty() || size < 0 || root.length != Merkle.HASH_SIZE || !lines[1].equals(Long.toString(size))) {
            throw new Invalid("malformed checkpoint: origin, size or root hash");
        }
        byte[] expectedHash = keyHash(origin, publicKey);
        boolean sawKey = false;
        for (String line : signatureLines(note.substring(split + 2))) {
            if (!line.startsWith(DASH)) {
                throw new Invalid("malformed signature line");
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2 || !parts[0].equals(origin)) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new Invalid("malformed signature");
            }
            if (blob.length != 4 + 64 || !MessageDigest.isEqual(Arrays.copyOf(blob, 4), Arrays.copyOf(expectedHash, 4))) {
                continue;
            }
            sawKey = true;
            if (verifyEd25519(publicKey, body.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(blob, 4, blob.length))) {
                return new Checkpoint(origin, size, root);
            }
        }
        throw new Invalid(sawKey ? "the signature does not verify with the trusted public key"
                : "no signature by the trusted public key for origin " + origin);
    }

    private static List<String> signatureLines(String tail) throws Invalid {
        if (!tail.endsWith("\n")) {
            throw new Invalid("a signed note ends with a newline");
        }
        var lines = new ArrayList<String>();
        for (String line : tail.substring(0, tail.length() - 1).split("\n", -1)) {
            lines.add(line);
        }
        if (lines.isEmpty() || lines.getFirst().isEmpty()) {
            throw new Invalid("a signed note has at least one signature");
        }
        return lines;
    }

    public static byte[] keyHash(String keyName, byte[] publicKey) {
        MessageDigest d = Merkle.sha256();
        d.update(keyName.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0x0A);
        d.update((byte) 0x01);
        d.update(publicKey);
        return Arrays.copyOf(d.digest(), 4);
    }

    public static boolean verifyEd25519(byte[] rawPublicKey, byte[] message, byte[] signature) {
        try {
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(javaPublicKey(rawPublicKey));
            v.update(message);
            return v.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey javaPublicKey(byte[] raw) throws GeneralSecurityException {
        if (raw.length != 32) {
            throw new GeneralSecurityException("an Ed25519 public key is 32 bytes");
        }
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki(raw)));
    }

    public static byte[] spki(byte[] raw) {
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, raw.length);
        return der;
    }

    /** The raw 32-byte key from a PEM "PUBLIC KEY" (SubjectPublicKeyInfo) block. */
    public static byte[] fromPem(String pem) throws GeneralSecurityException {
        String b64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a PEM public key");
        }
        if (der.length != SPKI_PREFIX.length + 32 || !Arrays.equals(Arrays.copyOf(der, SPKI_PREFIX.length), SPKI_PREFIX)) {
            throw new GeneralSecurityException("not an Ed25519 public key (RFC 8410 SubjectPublicKeyInfo)");
        }
        return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    public static String toPem(byte[] raw) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(spki(raw)) + "\n-----END PUBLIC KEY-----\n";
    }
}
