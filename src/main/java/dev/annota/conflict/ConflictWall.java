package dev.annota.conflict;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.conflict.internal.WallRules;
import dev.annota.conflict.internal.WallStore;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Service;

/**
 * Where the wall is enforced: asked once at the start of every hand-out of items (the claim), and told in the claim's
 * transaction which customer's items an annotator was just shown. Not a UI rule: the API refuses.
 */
@Service
public record ConflictWall(WallStore store, Users users, TenantScope tenants, Clock clock) {

    /**
     * Admits the caller to receive items of {@code tenantId}'s project, with the wall's probe sent in the caller's round
     * trip (the claim sends its independent reads together). Call inside the claim's transaction, and
     * {@link WallAdmission#check} once the round trip was sent, before anything it read is shown: on refusal it throws
     * {@link WallRefusal}, which rolls the claim back; hand that to {@link #refuse} once the transaction has ended.
     */
    public WallAdmission admission(RoundTrip trip, CurrentUser annotator, UUID tenantId, UUID projectId) {
        Instant now = Instant.now(clock);
        var probe = store.probe(trip, annotator.id(), tenantId);
        return new WallAdmission(() -> {
            boolean mayConflict = probe.get().map(WallStore.Probe::mayConflict).orElse(true);
            WallRules.Decision decision = decide(annotator, tenantId, now, !tenantId.equals(annotator.orgId()) && mayConflict);
            if (!decision.permitted()) {
                throw new WallRefusal(annotator, tenantId, projectId, decision, now);
            }
        }, () -> probe.get().map(WallStore.Probe::exposedHere).orElse(false));
    }

    /**
     * Records a refusal for the project's managers, in a transaction of its own (so it stays although the request
     * fails), and returns the annotator's 403 to throw.
     */
    public WallRefused refuse(WallRefusal refusal) {
        UUID tenantId = refusal.tenantId();
        CurrentUser annotator = refusal.annotator();
        tenants.write(tenantId, () -> store.recordRefusal(tenantId, Generators.timeBasedEpochGenerator().generate(),
                refusal.projectId(), annotator.id(), annotator.orgId(), refusal.decision(), refusal.at()));
        return new WallRefused();
    }

    /** Whether the caller would be admitted, recording nothing. */
    public boolean permits(CurrentUser annotator, UUID tenantId) {
        return decide(annotator, tenantId, Instant.now(clock)).permitted();
    }

    private WallRules.Decision decide(CurrentUser annotator, UUID tenantId, Instant now) {
        return decide(annotator, tenantId, now, !tenantId.equals(annotator.orgId()) && store.mayConflict(annotator.id(), tenantId));
    }

    private WallRules.Decision decide(CurrentUser annotator, UUID tenantId, Instant now, boolean mayConflict) {
        // In-house annotators, and the usual vendor annotator (one probe: shown no other customer's items, declared no
        // affiliation), have nothing to check.
        if (tenantId.equals(annotator.orgId()) || !mayConflict) {
            return WallRules.decide(tenantId, annotator.orgId(), List.of(), Map.of(), t -> java.util.Optional.empty(), List.of(), List.of(), now);
        }
        var exposures = store.exposuresOutside(annotator.id(), tenantId);
        var conflicts = exposures.isEmpty() ? Map.<UUID, WallRules.Conflict>of() : store.conflictsOf(tenantId);
        var affiliations = store.affiliations(annotator.id());
        var exclusions = affiliations.isEmpty() ? List.<WallRules.Exclusion>of() : tenants.read(tenantId, () -> store.exclusions(tenantId));
        return WallRules.decide(tenantId, annotator.orgId(), exposures, conflicts, store::coolingOff, affiliations, exclusions, now);
    }

    /**
     * Call inside the claim's transaction, when items of {@code tenantId} are shown to the annotator, with the claim's
     * {@code admission} (null for a retry, which asked the wall nothing new). When the admission's probe saw the
     * annotator already exposed to this tenant, only the time moves, and that write waits for the commit, travelling
     * with the claim's other writes there. Otherwise it records the exposure and decides again under a lock on the
     * annotator's user row: two first claims of one annotator in two conflicting customers' projects at the same
     * instant both passed {@link #admission}; the lock makes the second wait for the first to commit, then see its
     * exposure and be refused (its claim rolls back: nothing was shown).
     */
    public void recordExposure(WallAdmission admission, CurrentUser annotator, UUID tenantId) {
        Instant now = Instant.now(clock);
        if (admission != null && admission.exposedHere()) {
            store.touchExposureAtCommit(annotator.id(), tenantId, now);
            return;
        }
        // Already exposed to this tenant: only the time moves. The lock and the second decision guard a *first*
        // exposure; every later claim here was admitted by admission() just before, and any newer exposure elsewhere had
        // to pass that other wall, which saw this one. One UPDATE per claim instead of a lock and three reads.
        if (store.touchExposure(annotator.id(), tenantId, now)) {
            return;
        }
        if (!tenantId.equals(annotator.orgId())) {
            users.lock(annotator.id());
            if (!decide(annotator, tenantId, now).permitted()) {
                throw new WallRefused();
            }
        }
        store.recordExposure(annotator.id(), tenantId, now);
    }
}
