package dev.annota.bundle.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.annota.audit.OfflineProofs;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a bundle with nothing but the file (and, when given, the key to trust): the manifest's signature, the
 * SHA-256 and size of every entry it lists (and that the archive holds nothing else, each name once), the access
 * checkpoint's signature and every access event's inclusion proof against it. Plain Java: the offline
 * {@code bundle verify} command and the import run the same checks. Any failure is a {@link BundleDamaged} naming
 * the entry (and line).
 */
public final class BundleVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BundleVerifier() {
    }

    /** What a verified bundle says of itself. */
    public record Verified(JsonNode manifest, byte[] signerKey, String signerFingerprint, String manifestSha256,
                           Map<String, Long> sizes, long accessEvents, long treeSize, String origin) {
    }

    /**
     * Verifies the bundle; {@code trustedKey} (raw Ed25519) when the caller pins the signer, else null: the manifest
     * is then checked against the key it names, which proves it intact but not who made it.
     */
    public static Verified verify(ZipFile zip, byte[] trustedKey) {
        Set<String> names = new HashSet<>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!names.add(entry.getName())) {
                throw new BundleDamaged(entry.getName(), 0, "The archive holds this entry twice.");
            }
        }
        byte[] manifestBytes = bytes(zip, BundleLayout.MANIFEST);
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (JacksonException e) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "The manifest is not JSON: " + e.getOriginalMessage());
        }
        if (!BundleLayout.FORMAT.equals(manifest.path("format").asString(null)) || manifest.path("version").asInt(0) != BundleLayout.VERSION) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "Not a project bundle of format " + BundleLayout.FORMAT + " version "
                    + BundleLayout.VERSION + ".");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(manifest.path("signer").path("public_key").asString(""));
        } catch (IllegalArgumentException e) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "signer.public_key is not base64.");
        }
        if (key.length != 32) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "signer.public_key is not an Ed25519 key.");
        }
        if (trustedKey != null && !MessageDigest.isEqual(key, trustedKey)) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "The bundle is signed by the key " + OfflineProofs.fingerprint(key)
                    + ", not by the trusted key " + OfflineProofs.fingerprint(trustedKey) + ".");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(bytes(zip, BundleLayout.SIGNATURE), StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new BundleDamaged(BundleLayout.SIGNATURE, 0, "The signature is not base64.");
        }
        if (!OfflineProofs.manifestSigned(manifestBytes, signature, key)) {
            throw new BundleDamaged(BundleLayout.SIGNATURE, 0, "The manifest's signature does not verify with the key "
                    + OfflineProofs.fingerprint(key) + ".");
        }
        Map<String, Long> sizes = checkEntries(zip, manifest, names);
        String checkpoint = new String(bytes(zip, BundleLayout.ACCESS_CHECKPOINT), StandardCharsets.UTF_8);
        OfflineProofs.Checkpoint signed;
        try {
            signed = OfflineProofs.checkpoint(checkpoint, key);
        } catch (IllegalArgumentException e) {
            throw new BundleDamaged(BundleLayout.ACCESS_CHECKPOINT, 0, "The access log checkpoint does not verify: " + e.getMessage());
        }
        String project = manifest.path("source").path("project").asString("");
        long events = checkEvidence(zip, signed, project);
        return new Verified(manifest, key, OfflineProofs.fingerprint(key), hex(sha256().digest(manifestBytes)), sizes, events,
                signed.size(), signed.origin());
    }

    /** Every listed entry has its size and hash; every entry of the archive is listed (or is the manifest or its signature). */
    private static Map<String, Long> checkEntries(ZipFile zip, JsonNode manifest, Set<String> names) {
        var sizes = new LinkedHashMap<String, Long>();
        JsonNode listed = manifest.path("entries");
        if (!listed.isArray()) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "The manifest lists no entries.");
        }
        for (JsonNode e : listed) {
            String name = e.path("name").asString("");
            if (sizes.put(name, e.path("size").asLong(-1)) != null) {
                throw new BundleDamaged(name, 0, "The manifest lists this entry twice.");
            }
            ZipEntry entry = zip.getEntry(name);
            if (entry == null || !names.contains(name)) {
                throw new BundleDamaged(name, 0, "The manifest lists this entry; the archive does not hold it.");
            }
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                }
            } catch (IOException ex) {
                throw new BundleDamaged(name, 0, "The entry cannot be read: " + ex.getMessage());
            }
            if (size != e.path("size").asLong(-1) || !hex(digest.digest()).equals(e.path("sha256").asString(""))) {
                throw new BundleDamaged(name, 0, "The entry's SHA-256 or size differs from the signed manifest (changed or damaged).");
            }
        }
        for (String name : names) {
            if (!sizes.containsKey(name) && !name.equals(BundleLayout.MANIFEST) && !name.equals(BundleLayout.SIGNATURE)) {
                throw new BundleDamaged(name, 0, "The archive holds an entry the signed manifest does not list.");
            }
        }
        for (String required : List.of(BundleLayout.PROJECT, BundleLayout.ITEMS, BundleLayout.ACCESS_EVIDENCE, BundleLayout.ACCESS_CHECKPOINT)) {
            if (!sizes.containsKey(required)) {
                throw new BundleDamaged(required, 0, "A bundle holds this entry; this one does not.");
            }
        }
        return sizes;
    }

    /** Each access event of the project is proved included in the signed checkpoint. */
    private static long checkEvidence(ZipFile zip, OfflineProofs.Checkpoint checkpoint, String project) {
        long line = 0;
        try (var reader = lines(zip, BundleLayout.ACCESS_EVIDENCE)) {
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                JsonNode evidence = JSON.readTree(text);
                String event = evidence.path("event").asString(null);
                long index = evidence.path("leaf_index").asLong(-1);
                if (event == null || evidence.path("tree_size").asLong(-1) != checkpoint.size()) {
                    throw new BundleDamaged(BundleLayout.ACCESS_EVIDENCE, line, "An event's proof is not for the bundle's checkpoint.");
                }
                if (!project.equals(JSON.readTree(event).path("project").asString(""))) {
                    throw new BundleDamaged(BundleLayout.ACCESS_EVIDENCE, line, "The event is not of the bundle's project.");
                }
                List<byte[]> path = new ArrayList<>();
                for (JsonNode hash : evidence.path("proof")) {
                    path.add(Base64.getDecoder().decode(hash.asString()));
                }
                if (!OfflineProofs.included(event, index, checkpoint.size(), path, checkpoint.root())) {
                    throw new BundleDamaged(BundleLayout.ACCESS_EVIDENCE, line, "The event's inclusion proof does not verify against the checkpoint.");
                }
            }
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new BundleDamaged(BundleLayout.ACCESS_EVIDENCE, line, "Unreadable: " + e.getMessage());
        }
        return line;
    }

    static BufferedReader lines(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BundleDamaged(name, 0, "The archive does not hold this entry.");
        }
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }

    static byte[] bytes(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BundleDamaged(name, 0, "The archive does not hold this entry.");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BundleDamaged(name, 0, "The entry cannot be read: " + e.getMessage());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
