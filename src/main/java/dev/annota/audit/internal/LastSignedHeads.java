package dev.annota.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The newest checkpoint (size and root) this server signed for each tenant, kept outside the database: in memory and
 * in one small file per tenant beside the signing key ({@code ANNOTA_AUDIT_SIGNER_STATE_DIR}, default
 * {@code audit-signer-state/} next to the key file). The database can be rolled back (newest checkpoints deleted, a
 * backup restored); this cannot be by the same attacker, so the signer notices it was shown an older tree than one it
 * already signed. Written after the signing transaction commits, and only ever to a larger size: a lost write leaves
 * it behind the database, which is harmless (it then names an older checkpoint, which must still be there unchanged).
 */
@Component
class LastSignedHeads {

    private static final Logger log = LoggerFactory.getLogger(LastSignedHeads.class);

    record Head(long size, byte[] root) {
    }

    private final Map<UUID, Head> heads = new ConcurrentHashMap<>();
    private final Path dir;
    private volatile boolean warned;

    LastSignedHeads(CheckpointSigner signer, @Value("${annota.audit.signer-state-dir:}") String dir) {
        this.dir = dir.isBlank() ? signer.file().resolveSibling("audit-signer-state") : Path.of(dir).toAbsolutePath();
    }

    Optional<Head> of(UUID tenant) {
        Head known = heads.get(tenant);
        Head stored = read(tenant);
        if (stored != null && (known == null || stored.size() > known.size())) {
            // Another instance sharing the directory signed a larger tree.
            heads.merge(tenant, stored, LastSignedHeads::larger);
            known = heads.get(tenant);
        }
        return Optional.ofNullable(known);
    }

    void signed(UUID tenant, long size, byte[] root) {
        Head head = heads.merge(tenant, new Head(size, root.clone()), LastSignedHeads::larger);
        if (head.size() != size) {
            return;
        }
        Head stored = read(tenant);
        if (stored != null && stored.size() >= size) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + tenant, ".tmp");
            try {
                Files.writeString(tmp, size + " " + Base64.getEncoder().encodeToString(root) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, file(tenant), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(tenant), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            if (!warned) {
                warned = true;
                log.warn("Cannot keep the access log signer's state in {} ({}): a rollback of the database is then only "
                        + "noticed while this instance runs", dir, e.toString());
            }
        }
    }

    /** The organization and its log are gone (deleted): nothing to guard any more. */
    void forget(UUID tenant) {
        heads.remove(tenant);
        try {
            Files.deleteIfExists(file(tenant));
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", file(tenant), e.toString());
        }
    }

    Path directory() {
        return dir;
    }

    private Head read(UUID tenant) {
        String text;
        try {
            text = Files.readString(file(tenant), StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException none) {
            return null;
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", file(tenant), e.toString());
            return null;
        }
        String[] parts = text.split(" ");
        try {
            byte[] root = Base64.getDecoder().decode(parts[1]);
            if (parts.length != 2 || root.length != Merkle.HASH_SIZE) {
                throw new IllegalArgumentException("not '<size> <root>'");
            }
            return new Head(Long.parseLong(parts[0]), root);
        } catch (RuntimeException e) {
            // Never ignored silently: the file is outside the database, so this is not the database attacker's doing.
            throw new IllegalStateException("The access log signer's state " + file(tenant) + " is unreadable: " + e.getMessage(), e);
        }
    }

    private Path file(UUID tenant) {
        return dir.resolve(tenant + ".head");
    }

    private static Head larger(Head a, Head b) {
        return b.size() > a.size() ? b : a;
    }
}
