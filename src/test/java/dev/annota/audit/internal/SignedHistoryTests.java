package dev.annota.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.audit.internal.AuditLog.StoredCheckpoint;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signer's checks before a checkpoint, without a database: stored checkpoints are a map, heads are frontiers. */
class SignedHistoryTests {

    @TempDir Path dir;
    private CheckpointSigner signer;
    private LastSignedHeads remembered;
    private SignedHistory history;
    private final UUID tenant = UUID.randomUUID();
    private final String origin = "annota.test/audit/" + tenant;
    private final Map<Long, StoredCheckpoint> stored = new HashMap<>();
    private CompactRange tree;

    @BeforeEach
    void signer() throws Exception {
        signer = new CheckpointSigner(dir.resolve("key.json").toString());
        remembered = new LastSignedHeads(signer, "");
        history = new SignedHistory(signer, remembered);
        tree = CompactRange.empty();
    }

    @Test
    void aTreeThatIsTheLastSignedTreePassesFromTheEmptyLogOn() throws Exception {
        for (int i = 0; i < 5; i++) {
            // The head the signer extends is the tree of the last checkpoint; then leaves are appended and signed.
            check(tree);
            append(3);
            sign();
        }
        assertThatCode(() -> check(tree)).doesNotThrowAnyException();
    }

    @Test
    void aFrontierRecomputedOverAnEditedEventIsRefusedAsARewrittenHistory() throws Exception {
        append(5);
        sign();
        var rewritten = CompactRange.empty();
        for (int i = 0; i < 5; i++) {
            rewritten.append(Merkle.leafHash(("event " + (i == 1 ? "edited" : i)).getBytes(StandardCharsets.UTF_8)));
        }
        assertRefusedAs(IntegrityAlarm.Kind.REWRITTEN, () -> check(rewritten));
    }

    @Test
    void aCheckpointNotSignedByThisServersKeyIsRefused() throws Exception {
        append(2);
        sign();
        var genuine = stored.get(2L);
        stored.put(2L, new StoredCheckpoint(2, genuine.root(), genuine.note().replace("\n\n", "\n\n— someone AAAA\n").substring(0, 10)));
        assertRefusedAs(IntegrityAlarm.Kind.FORGED_CHECKPOINT, () -> check(tree));
        // Another tenant's genuine checkpoint passed off as this one's: its origin gives it away.
        var other = SignedNote.sign(new SignedNote.Checkpoint("annota.test/audit/" + UUID.randomUUID(), 2, tree.root()), signer);
        stored.put(2L, new StoredCheckpoint(2, tree.root(), other));
        assertRefusedAs(IntegrityAlarm.Kind.FORGED_CHECKPOINT, () -> check(tree));
    }

    @Test
    void aRollbackToAnOlderSignedTreeIsRefusedEvenByASignerStartedAfresh() throws Exception {
        var older = signedThreeThenSixWithoutTheCheckpointOfSix();
        assertRefusedAs(IntegrityAlarm.Kind.ROLLED_BACK, () -> check(older));
        // A restart: the memory is gone, the state beside the key is not.
        var restarted = new SignedHistory(signer, new LastSignedHeads(signer, ""));
        assertRefusedAs(IntegrityAlarm.Kind.ROLLED_BACK, () -> restarted.check(tenant, origin, older.size(), older.root(), Optional.of(stored.get(3L)), s -> Optional.ofNullable(stored.get(s))));
    }

    @Test
    void aSecondHistoryGrownFromAnOlderCheckpointIsRefusedAsAFork() throws Exception {
        var older = signedThreeThenSixWithoutTheCheckpointOfSix();
        // Another instance (which never signed this tenant) was shown the older tree and grew it: size 8, no size 6.
        tree = older;
        append(5);
        var forkNote = SignedNote.sign(new SignedNote.Checkpoint(origin, tree.size(), tree.root()), signer);
        stored.put(tree.size(), new StoredCheckpoint(tree.size(), tree.root(), forkNote));
        assertRefusedAs(IntegrityAlarm.Kind.FORKED, () -> check(tree));
    }

    private int leaves;

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            tree.append(Merkle.leafHash(("event " + leaves++).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void sign() throws Exception {
        String note = SignedNote.sign(new SignedNote.Checkpoint(origin, tree.size(), tree.root()), signer);
        stored.put(tree.size(), new StoredCheckpoint(tree.size(), tree.root(), note));
        remembered.signed(tenant, tree.size(), tree.root());
    }

    private void check(CompactRange head) {
        var latest = stored.values().stream().max(java.util.Comparator.comparingLong(StoredCheckpoint::size));
        history.check(tenant, origin, head.size(), head.root(), latest, s -> Optional.ofNullable(stored.get(s)));
    }

    /** Signs the tree at 3 events and at 6, then loses the checkpoint of 6; returns the tree of 3. */
    private CompactRange signedThreeThenSixWithoutTheCheckpointOfSix() throws Exception {
        append(3);
        sign();
        var older = copy(tree);
        append(3);
        sign();
        stored.remove(6L);
        return older;
    }

    private static CompactRange copy(CompactRange range) {
        return CompactRange.of(range.size(), range.serialize());
    }

    private static void assertRefusedAs(IntegrityAlarm.Kind kind, ThrowingCallable check) {
        assertThatThrownBy(check).isInstanceOfSatisfying(IntegrityAlarm.class, a -> assertThat(a.details().kind()).isEqualTo(kind));
    }
}
