package dev.annota.review.internal;

import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.review.ReworkOffered;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.work.AnswerSubmitted;
import dev.annota.work.WorkQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a REJECT sets going, and how a rework's resubmission comes back. Round 1 is the first answer; a rejection of
 * round r sends the item back as round r + 1 while r ≤ maxRounds, to the annotator first (for the project's lease
 * duration), then to the pool. Past maxRounds the chain is closed as rejected and the item's slot reopens for another
 * annotator. The resubmission enters the rejecting stage again, always, in the submit's transaction.
 */
@Component
record Rework(ReviewStore store, ReviewSettingsStore settings, WorkQueue queue, ItemRows items, Users users,
        Projects projects, ApplicationEventPublisher events) {

    /** Inside the REJECT's transaction. */
    void rejected(Project p, ReviewStore.Review review, Instant now) {
        int maxRounds = settings.load(p.tenantId(), p.id()).maxRounds();
        if (review.round() > maxRounds) {
            store.rework(p.tenantId(), review.id(), "CLOSED");
            items.reopenSlot(p.tenantId(), review.itemId());
            return;
        }
        boolean present = present(p, review.annotatorId());
        Instant offeredUntil = present ? now.plusSeconds(p.leaseSeconds()) : now;
        boolean offered = queue.offerRework(p.tenantId(), p.id(), review.itemId(), review.annotationId(), review.annotatorId(),
                review.id(), review.round() + 1, now, offeredUntil);
        store.rework(p.tenantId(), review.id(), offered ? "OPEN" : "CLOSED");
        if (offered && present) {
            events.publishEvent(new ReworkOffered(p.tenantId(), p.id(), review.itemId(), review.id(), review.annotatorId(),
                    review.round() + 1, offeredUntil));
        }
    }

    /**
     * Whether the annotator could take the rework: enabled, still an annotator, and their organization still owns or is
     * engaged on the project. (A wall that went up since is met at their claim, which it refuses; the offer then runs
     * out into the pool.)
     */
    private boolean present(Project p, UUID annotatorId) {
        return users.find(annotatorId)
                .filter(u -> u.enabled() && u.roles().contains(Role.ANNOTATOR))
                .map(u -> new CurrentUser(u.id(), u.orgId(), u.orgId().equals(p.tenantId()) ? OrganizationKind.CUSTOMER
                        : OrganizationKind.WORKFORCE, u.email(), u.displayName(), u.roles()))
                .map(u -> projects.tenantFor(u, p.id()).isPresent())
                .orElse(false);
    }

    /** A rework's resubmission: into the rejecting review's stage, whatever the share; the rejected review's rework is done. */
    @EventListener
    void on(AnswerSubmitted submitted) {
        if (submitted.reworkOf() == null) {
            return;
        }
        store.find(submitted.tenantId(), submitted.projectId(), submitted.reworkOf()).ifPresent(rejected -> {
            store.enqueue(submitted.tenantId(), submitted.projectId(), submitted.itemId(), submitted.annotationId(),
                    submitted.annotatorId(), submitted.annotatorOrgId(), rejected.stage(), Sampling.Reason.REWORK,
                    submitted.at(), submitted.round());
            store.rework(submitted.tenantId(), rejected.id(), "DONE");
        });
    }
}
