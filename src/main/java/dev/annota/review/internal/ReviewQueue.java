package dev.annota.review.internal;

import dev.annota.identity.Pseudonyms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.annota.annotation.Annotations;
import dev.annota.conflict.ConflictWall;
import dev.annota.conflict.WallRefusal;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.item.Items;
import dev.annota.item.PayloadViews;
import dev.annota.masking.MaskedItem;
import dev.annota.masking.Masking;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.ReviewTask;
import dev.annota.tenancy.RoundTrips;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a reviewer the next review of a project, as the work queue gives an annotator the next item: the live lease
 * they hold (a reload shows the same review), else a waiting review or one whose lease expired, under a new lease
 * (the project's lease duration) with a higher fencing token. The conflict wall admits the reviewer first, and what
 * they are shown is an exposure and an access event, exactly as an annotator's claim.
 */
@Component
public record ReviewQueue(Projects projects, ReviewStore store, ConflictWall wall, RoundTrips roundTrips,
        Annotations annotations, Items items, PayloadViews views, Users users, JsonMapper json, Clock clock,
        Masking masking) {

    /** Claims tried before answering "nothing waits" while an eligible review is held by another transaction. */
    private static final int ATTEMPTS = 4;

    public Optional<ReviewTask> next(CurrentUser caller, UUID projectId) {
        for (int attempt = 1; ; attempt++) {
            Claim claim;
            try {
                claim = onceMoreIfRaced(caller, projectId);
            } catch (WallRefusal refusal) {
                // The claim rolled back; the refusal is recorded for the managers once its connection is free.
                throw wall.refuse(refusal);
            }
            if (claim.task().isPresent() || attempt == ATTEMPTS || !claim.heldByAnother()) {
                return claim.task();
            }
            try {
                Thread.sleep(10L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * A first exposure of this reviewer to the tenant may race another transaction's (the same person labeling at that
     * moment): the loser's claim rolls back on the exposure's key; asked again, it finds the exposure and moves it.
     */
    private Claim onceMoreIfRaced(CurrentUser caller, UUID projectId) {
        try {
            return projects.writeIn(caller, projectId, this::claim);
        } catch (DuplicateKeyException raced) {
            return projects.writeIn(caller, projectId, this::claim);
        }
    }

    /** {@code heldByAnother}: nothing was taken, but an eligible review is visible (SKIP LOCKED passed over it). */
    private record Claim(Optional<ReviewTask> task, boolean heldByAnother) {
    }

    private Claim claim(ProjectAccess access) {
        CurrentUser reviewer = access.caller();
        ReviewerScope scope = ReviewerScope.of(reviewer, access.tenantId())
                .orElseThrow(() -> new ProjectForbidden("Only reviewers review annotations."));
        Project p = access.project();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var trip = roundTrips.start();
        var admission = wall.admission(trip, reviewer, p.tenantId(), p.id());
        var live = store.live(trip, p.tenantId(), p.id(), reviewer.id(), now);
        trip.send();
        admission.check();
        UUID onlyOrg = scope == ReviewerScope.EVERYTHING ? null : reviewer.orgId();
        var review = live.get().or(() -> store.lease(p.tenantId(), p.id(), reviewer.id(), onlyOrg, now,
                now.plus(Duration.ofSeconds(p.leaseSeconds()))));
        if (review.isEmpty()) {
            return new Claim(Optional.empty(), store.anyEligible(p.tenantId(), p.id(), reviewer.id(), onlyOrg, now));
        }
        wall.recordExposure(admission, reviewer, p.tenantId());
        return new Claim(Optional.of(show(access, review.get())), false);
    }

    private ReviewTask show(ProjectAccess access, ReviewStore.Review r) {
        Project p = access.project();
        var annotation = annotations.find(p.tenantId(), r.annotationId()).orElseThrow();
        String stored = items.storedPayload(p.tenantId(), p.id(), r.itemId()).orElseThrow();
        String payload = views.showReviewed(access.caller(), p.tenantId(), p.id(), r.itemId(), r.id(), r.stage().name(), stored);
        // Reviewers see the item masked as annotators do, the answer's spans on the masked text.
        JsonNode data = json.readTree(payload);
        MaskedItem masked = masking.mask(p.tenantId(), p.id(), data);
        String watermark = null;
        if (p.leakMarks()) {
            // This review's marks, in the text as masked (the access log records the view under the review's id).
            dev.annota.item.LeakMarks.marked(data, r.id());
            watermark = Pseudonyms.of(p.tenantId(), access.caller().id());
        }
        return new ReviewTask(r.id(), r.stage(), r.fencingToken(), r.leaseExpiresAt(),
                new ReviewTask.Item(r.itemId(), data),
                new ReviewTask.Answer(annotation.id(),
                        masking.shown(p.tenantId(), p.id(), annotation.schemaVersion(), masked, annotation.answer()),
                        annotation.schemaVersion(),
                        annotator(access.caller(), p.tenantId(), r.annotatorId(), r.annotatorOrgId()), annotation.createdAt(),
                        annotation.assignmentId()),
                json.readTree(projects.schemaDocument(access, annotation.schemaVersion())), watermark);
    }

    /** A person as a reviewer may see them: the name only within the same organization. */
    ReviewTask.Person annotator(CurrentUser viewer, UUID tenantId, UUID personId, UUID personOrgId) {
        String name = viewer.orgId().equals(personOrgId) ? users.displayNames(Set.of(personId)).get(personId) : null;
        return new ReviewTask.Person(Pseudonyms.of(tenantId, personId), name);
    }
}
