package dev.annota.work;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.failure.Failure;
import dev.annota.identity.CurrentUser;
import dev.annota.operations.DomainMetrics;
import dev.annota.operations.Drain;
import dev.annota.project.ProjectAccess;
import dev.annota.work.internal.Claiming;
import dev.annota.work.internal.ReworkOffers;
import dev.annota.work.internal.Skipping;
import dev.annota.work.internal.Submitting;
import dev.annota.work.internal.WorkAcrossProjects;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import java.util.function.Supplier;

/** Claim, submit and skip: the annotator's side of a project. */
@Service
public record WorkQueue(Claiming claiming, Submitting submitting, Skipping skipping, WorkAcrossProjects across,
        ReworkOffers rework, Drain drain, DomainMetrics metrics) {

    /** The caller's next task on the project, or empty when no item is left for them. */
    public Optional<Task> next(ProjectAccess access) {
        return counted(() -> claiming.next(access));
    }

    /** The same, for a request: the project is read inside the claim's own transaction. */
    public Optional<Task> next(CurrentUser caller, UUID projectId) {
        return counted(() -> claiming.next(caller, projectId));
    }

    /**
     * A claim, unless this instance is draining (503: a lease handed out now could outlive the instance that would
     * take its submit), counted by outcome.
     */
    private Optional<Task> counted(Supplier<Optional<Task>> claim) {
        try {
            drain.refuseNewWork();
            Optional<Task> task = claim.get();
            if (task.isPresent()) {
                metrics.claimServed();
            } else {
                metrics.claimFoundNothing();
            }
            return task;
        } catch (Failure refused) {
            metrics.claimRefused();
            throw refused;
        }
    }

    /** The projects the caller may take tasks of, with what is left for them, most urgent first (the annotator's home). */
    public List<ProjectWork> overview(CurrentUser caller) {
        return across.overview(caller);
    }

    /** The caller's next task across all their projects (priority, then deadline, then project id), or empty. */
    public Optional<Task> nextAcrossProjects(CurrentUser caller) {
        return counted(() -> across.next(caller));
    }

    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        return submit(caller, projectId, assignmentId, answer, idempotencyKey, 0);
    }

    /**
     * {@code activeMillis}: the active time the workbench counted on the lease (0 or more); stored on the assignment
     * bounded by the lease's actual duration, and carried by {@link AnswerSubmitted}.
     */
    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey,
                             long activeMillis) {
        return submit(caller, projectId, assignmentId, answer, idempotencyKey, activeMillis, Map.of());
    }

    /**
     * As above, with how each free-text answer was written ({@link Writing}, aggregates the workbench measured), stored
     * on the assignment by the statement that ends the lease.
     */
    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey,
                             long activeMillis, Map<String, Writing> writing) {
        Submission submitted = submitting.submit(caller, projectId, assignmentId, answer, idempotencyKey, activeMillis, writing);
        metrics.submitted();
        return submitted;
    }

    public Submission submit(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        Submission submitted = submitting.submit(access, assignmentId, answer, idempotencyKey);
        metrics.submitted();
        return submitted;
    }

    public void skip(ProjectAccess access, UUID assignmentId) {
        skip(access, assignmentId, 0);
    }

    /** A skip with the active time the workbench counted on the lease, stored bounded by the lease. */
    public void skip(ProjectAccess access, UUID assignmentId, long activeMillis) {
        skipping.skip(access, assignmentId, activeMillis);
        metrics.skipped();
    }

    /**
     * A reviewer rejected {@code rejected}: its item goes back to {@code annotator} as a rework of round {@code round},
     * theirs until {@code offeredUntil} (now, for an annotator who is gone: straight to the pool). Inside the decision's
     * tenant transaction. False when nothing was offered (an answer to a gold item).
     */
    public boolean offerRework(UUID tenantId, UUID projectId, UUID itemId, UUID rejected, UUID annotator, UUID reviewId,
                               int round, java.time.Instant now, java.time.Instant offeredUntil) {
        return rework.offer(tenantId, projectId, itemId, rejected, annotator, reviewId, round, now, offeredUntil);
    }
}
