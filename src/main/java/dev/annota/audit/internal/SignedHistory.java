package dev.annota.audit.internal;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import dev.annota.audit.internal.AuditLog.StoredCheckpoint;
import dev.annota.audit.internal.IntegrityAlarm.Kind;
import org.springframework.stereotype.Component;

/**
 * What the signer checks before it signs a tenant's next checkpoint: that the tree it is about to extend is exactly
 * the tree of the last checkpoint it signed. The database holds the head (size and right frontier) and the signed
 * checkpoints, and a database-level attacker can change both; it cannot sign. So:
 * <ol>
 *   <li>the newest stored checkpoint must carry this server's signature, under this tenant's origin (read from the
 *       signed note, never from the columns beside it);</li>
 *   <li>the head must be at that checkpoint's size, and its frontier must hash to that checkpoint's root. The frontier
 *       is the roots of the perfect subtrees; equal roots mean equal frontiers (short of a SHA-256 collision), so the
 *       new tree, built by appending leaves to this frontier, extends the signed tree: RFC 9162 consistency in
 *       O(log n), without reading one earlier event;</li>
 *   <li>the newest checkpoint this server remembers signing ({@link LastSignedHeads}, kept outside the database) must
 *       not be newer than the database's newest, and the database's checkpoint at that size must be it (same root):
 *       a rollback to an older checkpoint, or a second history grown from one, is refused.</li>
 * </ol>
 * Every checkpoint this server signs therefore extends the one the database showed as newest, which extends the one
 * before: a history rewritten under a signed checkpoint is never signed again.
 */
@Component
record SignedHistory(CheckpointSigner signer, LastSignedHeads lastSigned) {

    /**
     * Throws {@link IntegrityAlarm} unless the head (size and root of its frontier) is the tree of the newest signed
     * checkpoint. {@code stored} finds the stored checkpoint of a given size.
     */
    void check(UUID tenant, String origin, long headSize, byte[] headRoot, Optional<StoredCheckpoint> latest,
               LongFunction<Optional<StoredCheckpoint>> stored) {
        SignedNote.Checkpoint newest = null;
        if (latest.isPresent()) {
            newest = verified(tenant, origin, latest.get());
            if (newest.size() != headSize) {
                throw new IntegrityAlarm(tenant, Kind.HEAD_MISMATCH, newest.size(), newest.root(), headSize, headRoot,
                        "the newest signed checkpoint is of size " + newest.size() + " (root " + IntegrityAlarm.b64(newest.root())
                                + ") but the log's head is at size " + headSize + " (root " + IntegrityAlarm.b64(headRoot) + ")");
            }
            if (!MessageDigest.isEqual(newest.root(), headRoot)) {
                throw new IntegrityAlarm(tenant, Kind.REWRITTEN, newest.size(), newest.root(), headSize, headRoot,
                        "the log's head at size " + headSize + " hashes to root " + IntegrityAlarm.b64(headRoot)
                                + " but the checkpoint signed at that size has root " + IntegrityAlarm.b64(newest.root())
                                + ": the history under it was rewritten");
            }
        } else if (headSize > 0) {
            throw new IntegrityAlarm(tenant, Kind.HEAD_MISMATCH, null, null, headSize, headRoot,
                    "the log's head is at size " + headSize + " (root " + IntegrityAlarm.b64(headRoot)
                            + ") but no signed checkpoint is stored");
        }
        var remembered = lastSigned.of(tenant);
        if (remembered.isEmpty()) {
            return;
        }
        var mine = remembered.get();
        long newestSize = newest == null ? -1 : newest.size();
        if (mine.size() > newestSize) {
            throw new IntegrityAlarm(tenant, Kind.ROLLED_BACK, mine.size(), mine.root(), newest == null ? null : newestSize,
                    newest == null ? null : newest.root(),
                    "this server signed a checkpoint of size " + mine.size() + " (root " + IntegrityAlarm.b64(mine.root())
                            + ") but the newest in the database is " + (newest == null ? "none"
                            : "of size " + newestSize + " (root " + IntegrityAlarm.b64(newest.root()) + ")")
                            + ": the log was rolled back");
        }
        SignedNote.Checkpoint same = mine.size() == newestSize ? newest
                : stored.apply(mine.size()).map(c -> verified(tenant, origin, c)).orElse(null);
        if (same == null || !MessageDigest.isEqual(same.root(), mine.root())) {
            throw new IntegrityAlarm(tenant, Kind.FORKED, mine.size(), mine.root(), mine.size(), same == null ? null : same.root(),
                    "this server signed size " + mine.size() + " with root " + IntegrityAlarm.b64(mine.root())
                            + " but the database's checkpoint of that size " + (same == null ? "is gone"
                            : "has root " + IntegrityAlarm.b64(same.root())) + ": a second history");
        }
    }

    /** The size and root a stored note signs, if this server's key signed it for this tenant's origin. */
    private SignedNote.Checkpoint verified(UUID tenant, String origin, StoredCheckpoint stored) {
        SignedNote.Checkpoint checkpoint;
        try {
            checkpoint = SignedNote.verify(stored.note(), signer.publicKey());
        } catch (SignedNote.Invalid e) {
            throw new IntegrityAlarm(tenant, Kind.FORGED_CHECKPOINT, null, null, stored.size(), stored.root(),
                    "the stored checkpoint of size " + stored.size() + " is not signed by this server's key: " + e.getMessage());
        }
        if (!checkpoint.origin().equals(origin) || checkpoint.size() != stored.size()
                || !MessageDigest.isEqual(checkpoint.root(), stored.root())) {
            throw new IntegrityAlarm(tenant, Kind.FORGED_CHECKPOINT, checkpoint.size(), checkpoint.root(), stored.size(),
                    stored.root(), "the stored checkpoint of size " + stored.size() + " signs origin " + checkpoint.origin()
                    + ", size " + checkpoint.size() + " and root " + IntegrityAlarm.b64(checkpoint.root())
                    + ", not what is stored beside it");
        }
        return checkpoint;
    }
}
