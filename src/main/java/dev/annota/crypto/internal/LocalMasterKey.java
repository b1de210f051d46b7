package dev.annota.crypto.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default master key: an AES-256-GCM Tink keyset in a local file, created on first start readable by its owner
 * only. Whoever holds this file and a copy of the database can read every tenant's data: keep it off the database
 * host's backups, or use a KMS (docs/security.md).
 */
public final class LocalMasterKey implements MasterKey {

    private static final Logger log = LoggerFactory.getLogger(LocalMasterKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String id;
    private final Aead aead;

    private LocalMasterKey(KeysetHandle handle) throws GeneralSecurityException {
        this.id = "local:" + Integer.toUnsignedString(handle.getPrimary().getId());
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** Reads the key file, creating it first (owner-only permissions) when it does not exist. */
    public static LocalMasterKey openOrCreate(Path file) {
        Tink.init();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfReadableByOthers(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new LocalMasterKey(TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get()));
        } catch (IOException | GeneralSecurityException e) {
            // The message names the file, never its content.
            throw new IllegalStateException("Cannot read the master key file " + file.toAbsolutePath() + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Reads an existing key file; never creates one. */
    public static LocalMasterKey open(Path file) {
        Tink.init();
        if (!Files.exists(file)) {
            throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " does not exist");
        }
        return openOrCreate(file);
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get());
        // Written to a private temporary file, then hard-linked into place: the link fails if another process created
        // the key meanwhile, so two instances starting at once never overwrite each other's (possibly used) key.
        Path tmp = posix(dir)
                ? Files.createTempFile(dir, ".master-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".master-key", ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp);
                log.warn("Created a new master key at {}. Back it up apart from the database: without it no organization's "
                        + "data can be read.", file.toAbsolutePath());
            } catch (FileAlreadyExistsException raced) {
                log.info("Master key {} was created by another process; using it.", file.toAbsolutePath());
            } catch (UnsupportedOperationException noLinks) {
                Files.move(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            var permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("The master key file {} is readable by others ({}); run: chmod 600 {}", file.toAbsolutePath(),
                        PosixFilePermissions.toString(permissions), file.toAbsolutePath());
            }
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String kind() {
        return "local key file";
    }

    @Override
    public Aead aead() {
        return aead;
    }
}
