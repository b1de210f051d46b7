package dev.annota.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.ConfigurationV0;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's checkpoint signing key: a Tink Ed25519 keyset (variant NO_PREFIX, so signatures are the plain 64
 * bytes of RFC 8032 and the public key the plain 32 bytes anyone can check with any Ed25519 library) in a local JSON
 * key file, {@code ANNOTA_AUDIT_KEY_FILE} (default {@code ./data/audit-signing-key.json}), generated on first start.
 * Every instance of one deployment must read the same file.
 */
@Component
public class CheckpointSigner implements SignedNote.Signer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PublicKeySign signer;
    private final byte[] publicKey;
    private final Path file;

    CheckpointSigner(@Value("${annota.audit.key-file}") String keyFile) throws GeneralSecurityException, IOException {
        SignatureConfig.register();
        this.file = Path.of(keyFile).toAbsolutePath();
        KeysetHandle keyset = load(file);
        this.signer = keyset.getPrimitive(ConfigurationV0.get(), PublicKeySign.class);
        var key = (Ed25519PublicKey) keyset.getPublicKeysetHandle().getPrimary().getKey();
        if (key.getParameters().getVariant() != Ed25519Parameters.Variant.NO_PREFIX) {
            throw new GeneralSecurityException("The audit key file " + file + " must hold an Ed25519 key of variant NO_PREFIX");
        }
        this.publicKey = key.getPublicKeyBytes().toByteArray();
    }

    private static KeysetHandle load(Path file) throws GeneralSecurityException, IOException {
        if (!Files.exists(file)) {
            KeysetHandle fresh = KeysetHandle.generateNew(Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX));
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get());
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".audit-key", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the directory's ACL.
                }
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                // A hard link is atomic and never replaces (a rename would): when two instances start at once, one
                // key wins and both read it.
                Files.createLink(file, tmp);
                log.info("Generated the access log signing key in {}", file);
            } catch (FileAlreadyExistsException lost) {
                Files.deleteIfExists(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        return signer.sign(message);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public Path file() {
        return file;
    }
}
