package dev.annota.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import dev.annota.audit.internal.Merkle;
import dev.annota.audit.internal.SignedNote;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access log's checks for whoever holds only files and the server's public key (plain Java, no Spring, no
 * database): the key's formats, a checkpoint's signature, an event's inclusion proof, and the signature of a project
 * bundle's manifest. {@code audit verify} and {@code bundle verify} check with these.
 */
public final class OfflineProofs {

    /**
     * What a bundle manifest's signature covers: this line, then the manifest's SHA-256 in hex. A checkpoint's signed
     * body is an origin, a decimal size and a base64 root, so no signature of one can pass for the other.
     */
    static final String MANIFEST_CONTEXT = "annota project bundle manifest v1\n";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfflineProofs() {
    }

    /** A checkpoint whose signature verified: the log's origin, its size and root hash. */
    public record Checkpoint(String origin, long size, byte[] root) {
    }

    /**
     * The raw 32-byte Ed25519 key from a PEM public key (GET /api/v1/audit/public-key.pem) or the JSON of
     * GET /api/v1/audit/public-key; {@link IllegalArgumentException} saying why for anything else.
     */
    public static byte[] publicKey(String text) {
        try {
            if (text.contains("-----BEGIN PUBLIC KEY-----")) {
                return SignedNote.fromPem(text);
            }
            JsonNode json = JSON.readTree(text);
            if (json.hasNonNull("public_key")) {
                byte[] raw = Base64.getDecoder().decode(json.get("public_key").asString());
                SignedNote.javaPublicKey(raw);
                return raw;
            }
            if (json.hasNonNull("pem")) {
                return SignedNote.fromPem(json.get("pem").asString());
            }
            throw new IllegalArgumentException("the public key JSON has neither public_key nor pem");
        } catch (GeneralSecurityException | JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is neither an Ed25519 PEM nor the JSON of GET /api/v1/audit/public-key: "
                    + e.getMessage(), e);
        }
    }

    public static String pem(byte[] publicKey) {
        return SignedNote.toPem(publicKey);
    }

    /** {@code SHA256:} and the hex SHA-256 of the raw key: how a bundle's importer records who signed it. */
    public static String fingerprint(byte[] publicKey) {
        return "SHA256:" + HexFormat.of().formatHex(sha256(publicKey));
    }

    /** Parses a signed checkpoint and checks its signature by the key; {@link IllegalArgumentException} saying why not. */
    public static Checkpoint checkpoint(String note, byte[] publicKey) {
        try {
            var checkpoint = SignedNote.verify(note, publicKey);
            return new Checkpoint(checkpoint.origin(), checkpoint.size(), checkpoint.root());
        } catch (SignedNote.Invalid e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** True when the event's canonical line is at {@code index} of the tree of {@code size} with that root. */
    public static boolean included(String line, long index, long size, List<byte[]> path, byte[] root) {
        return Merkle.verifyInclusion(index, size, Merkle.leafHash(line.getBytes(StandardCharsets.UTF_8)), path, root);
    }

    /** The bytes the access log key signs for a bundle manifest. */
    public static byte[] manifestMessage(byte[] manifest) {
        return (MANIFEST_CONTEXT + HexFormat.of().formatHex(sha256(manifest)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static boolean manifestSigned(byte[] manifest, byte[] signature, byte[] publicKey) {
        return SignedNote.verifyEd25519(publicKey, manifestMessage(manifest), signature);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
