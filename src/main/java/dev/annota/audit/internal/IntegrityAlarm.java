package dev.annota.audit.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A tenant's access log failed a check that only a change made in the database itself can fail: the signer refused to
 * sign, or a read found the stored log damaged. Thrown before anything is signed or sent; {@link IntegrityAlarms}
 * logs it at ERROR, counts it and keeps it where the organization's admins see it.
 */
public final class IntegrityAlarm extends RuntimeException {

    @io.swagger.v3.oas.annotations.media.Schema(name = "AlarmKind") // named apart from the API's other Kind
    public enum Kind {
        /** The newest checkpoint in the database does not carry this server's signature (or names another log). */
        FORGED_CHECKPOINT,
        /** The log's head and its newest signed checkpoint disagree on the tree size. */
        HEAD_MISMATCH,
        /** The stored frontier at the signed size no longer hashes to the signed root: the history was rewritten. */
        REWRITTEN,
        /** The database's newest checkpoint is older than one this server signed: newer checkpoints were removed. */
        ROLLED_BACK,
        /** The database's checkpoint at a size this server signed has another root, or is gone: a second history. */
        FORKED,
        /** The stored leaf hashes do not hash to the signed root of their size. */
        LEAVES_MISMATCH,
        /** A sequenced event is missing or has no leaf hash. */
        INCOMPLETE
    }

    /** What was refused, with the signed tree and the tree the database presented (either may be unknown: null). */
    public record Details(UUID id, UUID tenant, Instant raisedAt, Kind kind, Long signedSize, byte[] signedRoot,
                          Long databaseSize, byte[] databaseRoot, String detail) {

        public String signedRootBase64() {
            return signedRoot == null ? null : Base64.getEncoder().encodeToString(signedRoot);
        }

        public String databaseRootBase64() {
            return databaseRoot == null ? null : Base64.getEncoder().encodeToString(databaseRoot);
        }
    }

    private final transient Details details;

    IntegrityAlarm(UUID tenant, Kind kind, Long signedSize, byte[] signedRoot, Long databaseSize, byte[] databaseRoot,
                   String detail) {
        super("Access log of tenant " + tenant + ": " + kind + ": " + detail);
        this.details = new Details(UUID.randomUUID(), tenant, Instant.now(), kind, signedSize, signedRoot, databaseSize,
                databaseRoot, detail);
    }

    public Details details() {
        return details;
    }

    /** Base64 of a hash for messages; "none" for none. */
    static String b64(byte[] hash) {
        return hash == null ? "none" : Base64.getEncoder().encodeToString(hash);
    }
}
