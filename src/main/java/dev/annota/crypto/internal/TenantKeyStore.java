package dev.annota.crypto.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each organization's key-encryption key (KEK): an AES-256-GCM Tink keyset in a file of its own,
 * {@code <tenant key directory>/<organization id>.json}, encrypted by the master key with the organization's id as
 * associated data. The organization's data keyset in {@code tenant_keys} is wrapped by this key, so the database, its
 * WAL and its backups only ever hold keysets that nothing in them opens. Destroying the file (shredding, deleting the
 * organization) makes every copy of the wrapped keyset, wherever PostgreSQL kept one, useless for good.
 *
 * <p>Every instance must see the same directory (like the master key file). A file is created once: written to a
 * private temporary file, then hard-linked into place, which fails if another instance created it meanwhile (that
 * one is used). A file that is missing for an organization whose keyset is not shredded is an error naming both
 * ({@link MissingTenantKey}), never "no key".
 */
public final class TenantKeyStore {

    private static final Logger log = LoggerFactory.getLogger(TenantKeyStore.class);
    private static final java.util.Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final java.util.Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final String SUFFIX = ".json";
    private static final String FORMAT = "annota/tenant-kek/v1";
    /** The file: a line naming the format, one naming the master key that wraps it, then Tink's encrypted keyset JSON. */
    private static final Pattern FILE = Pattern.compile("(?s)" + Pattern.quote(FORMAT) + "\nmaster-key: ([^\n]+)\n(\\{.*})\\s*");

    private final Path dir;
    private final MasterKey master;
    private final MasterKey previous;
    private final SecureRandom random = new SecureRandom();

    /** {@code previous} may be null: the master key being replaced, whose KEK files still open until re-wrapped. */
    public TenantKeyStore(Path dir, MasterKey master, MasterKey previous) {
        Tink.init();
        this.dir = dir.toAbsolutePath().normalize();
        this.master = master;
        this.previous = previous;
    }

    /** Thrown when an organization's key file is missing though its keyset is not shredded. */
    public static final class MissingTenantKey extends IllegalStateException {
        MissingTenantKey(UUID tenantId, Path file) {
            super("The key-encryption key of organization " + tenantId + " is missing: " + file + " does not exist. Its "
                    + "keyset is not shredded, so the tenant key directory is not the one this installation uses, or it "
                    + "was lost: restore it from its backup (docs/security.md, Crypto-shredding)");
        }
    }

    public Path directory() {
        return dir;
    }

    public Path file(UUID tenantId) {
        return dir.resolve(tenantId + SUFFIX);
    }

    public boolean exists(UUID tenantId) {
        return Files.exists(file(tenantId));
    }

    /** The organization's KEK, created first when it has none. */
    public Aead openOrCreate(UUID tenantId) throws GeneralSecurityException {
        Path file = file(tenantId);
        if (!Files.exists(file)) {
            create(tenantId, file);
        }
        return open(tenantId);
    }

    /** The organization's KEK; {@link MissingTenantKey} when its file does not exist. */
    public Aead open(UUID tenantId) throws GeneralSecurityException {
        Stored stored = read(tenantId);
        MasterKey wrapping = wrapping(tenantId, stored);
        KeysetHandle handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(stored.keyset(), wrapping.aead(), associatedData(tenantId));
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** The id of the master key that wraps the organization's KEK file, or null when it has none. */
    public String wrappedBy(UUID tenantId) {
        try {
            return read(tenantId).masterKey();
        } catch (MissingTenantKey e) {
            return null;
        }
    }

    /**
     * Re-wraps the organization's KEK file under the current master key when the previous one wraps it (the key inside
     * does not change). Returns the previous master key's id, or null when there was nothing to do.
     */
    public String rewrap(UUID tenantId) throws GeneralSecurityException {
        Stored stored = read(tenantId);
        if (stored.masterKey().equals(master.id())) {
            return null;
        }
        MasterKey wrapping = wrapping(tenantId, stored);
        KeysetHandle handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(stored.keyset(), wrapping.aead(), associatedData(tenantId));
        Path file = file(tenantId);
        try {
            Path tmp = temporary();
            try {
                writeDurably(tmp, content(tenantId, handle));
                // Replaces the file in one step: a reader sees the old or the new wrapping, never half of one.
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                syncDirectory();
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot re-wrap the key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return stored.masterKey();
    }

    /**
     * Destroys the organization's KEK: the file is overwritten with random bytes and flushed to disk, then deleted,
     * and the directory flushed, so the key is gone from the file system (on a disk that overwrites in place; see
     * docs/security.md for copy-on-write file systems and backups). Returns false when there was no file.
     */
    public boolean destroy(UUID tenantId) {
        Path file = file(tenantId);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] noise = new byte[(int) Math.min(size, 1 << 16)];
            random.nextBytes(noise);
            long written = 0;
            while (written < size) {
                written += channel.write(ByteBuffer.wrap(noise, 0, (int) Math.min(noise.length, size - written)), written);
            }
            channel.force(true);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot overwrite the key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        try {
            Files.deleteIfExists(file);
            syncDirectory();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete the key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        log.info("Destroyed the key-encryption key of organization {} ({})", tenantId, file);
        return true;
    }

    /** The organizations that have a key file. */
    public List<UUID> tenants() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var ids = new ArrayList<UUID>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    try {
                        ids.add(UUID.fromString(name.substring(0, name.length() - SUFFIX.length())));
                    } catch (IllegalArgumentException notOurs) {
                        // another file in the directory: not a tenant key
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the tenant key directory " + dir + ": " + e.getClass().getSimpleName(), e);
        }
        return ids;
    }

    private record Stored(String masterKey, String keyset) {
    }

    private Stored read(UUID tenantId) {
        Path file = file(tenantId);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MissingTenantKey(tenantId, file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
        Matcher m = FILE.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("The key file " + file + " is not a tenant key file (" + FORMAT + ")");
        }
        return new Stored(m.group(1), m.group(2));
    }

    private MasterKey wrapping(UUID tenantId, Stored stored) throws GeneralSecurityException {
        if (stored.masterKey().equals(master.id())) {
            return master;
        }
        if (previous != null && stored.masterKey().equals(previous.id())) {
            return previous;
        }
        throw new GeneralSecurityException("the key file " + file(tenantId) + " is wrapped by master key " + stored.masterKey()
                + " but this instance is configured with " + master.id() + (previous == null ? "" : " and previously " + previous.id()));
    }

    private void create(UUID tenantId, Path file) throws GeneralSecurityException {
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String content = content(tenantId, handle);
        try {
            createDirectory();
            Path tmp = temporary();
            try {
                writeDurably(tmp, content);
                try {
                    Files.createLink(file, tmp);
                    syncDirectory();
                } catch (FileAlreadyExistsException raced) {
                    log.debug("The key file of organization {} was created by another instance; using it", tenantId);
                } catch (UnsupportedOperationException noLinks) {
                    // No hard links on this file system: a move that refuses to replace an existing file.
                    try {
                        Files.move(tmp, file);
                        syncDirectory();
                    } catch (FileAlreadyExistsException raced) {
                        log.debug("The key file of organization {} was created by another instance; using it", tenantId);
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the key file " + file + " of organization " + tenantId + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private String content(UUID tenantId, KeysetHandle handle) throws GeneralSecurityException {
        return FORMAT + "\nmaster-key: " + master.id() + "\n"
                + TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master.aead(), associatedData(tenantId)) + "\n";
    }

    private byte[] associatedData(UUID tenantId) {
        return ("annota/tenant-kek/v1|" + tenantId).getBytes(StandardCharsets.UTF_8);
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            if (posix(dir.getParent() == null ? dir : dir.getParent())) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
    }

    private Path temporary() throws IOException {
        createDirectory();
        return posix(dir)
                ? Files.createTempFile(dir, ".tenant-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".tenant-key", ".tmp");
    }

    private static void writeDurably(Path file, String content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Makes a created, replaced or deleted directory entry durable (a crash must not bring a destroyed key back). */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; the entry is then as durable as the file system makes it.
            log.debug("Cannot flush the directory {}: {}", dir, e.toString());
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
