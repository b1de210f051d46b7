package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.Annotation;
import dev.annota.annotation.Annotations;
import dev.annota.annotation.Consensus;
import dev.annota.failure.Conflict;
import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;
import dev.annota.failure.NotFound;
import dev.annota.item.ItemPayloads;
import dev.annota.masking.Masking;
import dev.annota.item.ItemRows;
import dev.annota.item.LeakMarks;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.AnswerSubmitted;
import dev.annota.work.LeaseRejected;
import dev.annota.quality.GoldFeedback;
import dev.annota.quality.GoldStep;
import dev.annota.quality.QualitySettings;
import dev.annota.work.Submission;
import dev.annota.work.Writing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an annotator's answer under their lease. The lease is checked in the same UPDATE that ends it, so a stale or
 * foreign lease can never slip through between a check and a write; the answer is committed before the response.
 * A retry (same assignment, or same idempotency key) gets the first submit's answer and stores nothing new.
 */
@Component
public record Submitting(JdbcClient jdbc, TenantScope tenants, Projects projects, Annotations annotations, Clock clock,
        ItemPayloads payloads, JsonMapper json, GoldStep gold, Consensus consensus, RoundTrips roundTrips,
        ItemRows items, ApplicationEventPublisher events, Masking masking) {

    public Submission submit(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        return submit(access, assignmentId, answer, idempotencyKey, 0);
    }

    /** {@code activeMillis}: the workbench's count on this lease, 0 or more; stored bounded by the lease. */
    public Submission submit(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey, long activeMillis) {
        checkKey(idempotencyKey);
        return inTransaction(access.tenantId(), () -> submitIn(access, assignmentId, answer, idempotencyKey, activeMillis, null));
    }

    /** The request path: finds the tenant, then reads the project and submits in one transaction. */
    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey,
                             long activeMillis, Map<String, Writing> writing) {
        checkKey(idempotencyKey);
        // Stored as the server wrote it back, never as the client's text: only the checked aggregates.
        String written = writing.isEmpty() ? null : json.writeValueAsString(writing);
        // One transaction: the directory lookup (its first statement), the project, the submit.
        return keyChecked(() -> projects.writeIn(caller, projectId,
                access -> submitIn(access, assignmentId, answer, idempotencyKey, activeMillis, written)));
    }

    private Submission inTransaction(UUID tenant, java.util.function.Supplier<Submission> work) {
        return keyChecked(() -> tenants.write(tenant, work));
    }

    private static Submission keyChecked(java.util.function.Supplier<Submission> submit) {
        try {
            return submit.get();
        } catch (DuplicateKeyException e) {
            // Two submits racing with one Idempotency-Key for two different assignments: the unique index kept one.
            throw keyReused();
        }
    }

    private static Failure keyReused() {
        return new Conflict("This Idempotency-Key was already used for another assignment; send a new key for a new answer.")
                .with("field", "Idempotency-Key");
    }

    private static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new Invalid(Kind.MALFORMED, null, "An Idempotency-Key is 1 to 100 characters.").with("field", "Idempotency-Key");
        }
    }

    private Submission submitIn(ProjectAccess access, UUID assignmentId, JsonNode asSent, String idempotencyKey,
                                long activeMillis, String writing) {
        if (!access.work()) {
            throw new ProjectForbidden("Only annotators submit answers.");
        }
        Project p = access.project();
        UUID annotator = access.caller().id();
        // What was shown may have carried leak marks (docs/trust.md); what is checked and stored never does, whatever
        // the setting now: span offsets and texts refer to the item as stored.
        JsonNode sent = LeakMarks.stripped(asSent);
        // The three reads do not depend on each other: one round trip. The item's data and predictions: answers are
        // checked against the item (spans within its text...); the settings: adaptive overlap, below.
        RoundTrip trip = roundTrips.start();
        var earlier = annotations.earlier(trip, p.tenantId(), assignmentId, annotator, idempotencyKey);
        var targetRow = trip.queryOptional("""
                        select a.item_id, i.payload, i.predictions, i.state, i.gold_answer, a.round, a.supersedes,
                               a.rework_review_id, a.claimed_at from assignments a
                        join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
                        where a.tenant_id = ? and a.id = ? and a.annotator_id = ? and a.project_id = ?""",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()},
                p.tenantId(), assignmentId, annotator, p.id());
        var quality = gold.settings(trip, p);
        trip.send();
        var found = targetRow.get().map(row -> {
                    UUID id = UUID.fromString((String) row[0]);
                    return new Target(id, json.readTree(payloads.open(p.tenantId(), id, (String) row[1])),
                            row[2] == null ? null : json.readTree(payloads.open(p.tenantId(), id, (String) row[2])),
                            "GOLD".equals(row[3]) ? (String) row[4] : null, Integer.parseInt((String) row[5]),
                            row[6] == null ? null : UUID.fromString((String) row[6]),
                            row[7] == null ? null : UUID.fromString((String) row[7]), (Instant) row[8]);
                });
        // Spans were marked on the masked text the annotator saw: stored, like everything else, on the original.
        JsonNode given = found.map(t -> masking.submitted(p.tenantId(), p.id(), p.schemaVersion(), t.data(), sent))
                .orElse(sent);
        if (earlier.get().isPresent()) {
            return replay(p, earlier.get().get(), assignmentId, annotator, given, idempotencyKey);
        }
        Target target = found.orElseThrow(() -> new NotFound("You hold no assignment with that id."));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        UUID item = target.item();
        annotations.check(p.tenantId(), p.id(), p.schemaVersion(), given, target.data());
        // A rework's item was counted by the answer it supersedes: the resubmission counts no second answer.
        boolean rework = target.supersedes() != null;
        // Bounded by the lease as it ends now: the claim was read with the target, so the bound costs no round trip.
        long active = ActiveTimeBound.of(activeMillis, target.claimedAt(), now);
        if (endLease(p, assignmentId, annotator, item, target.goldAnswer() == null && !rework, now, active, writing) == 0) {
            // A twin of this submit (a client retry racing the first attempt) may have ended the lease a moment
            // ago: this UPDATE waited for its lock, then found the lease SUBMITTED. Answer with what it stored.
            var twin = annotations.earlier(p.tenantId(), assignmentId, annotator, idempotencyKey);
            if (twin.isPresent()) {
                return replay(p, twin.get(), assignmentId, annotator, given, idempotencyKey);
            }
            throw new LeaseRejected("Your lease on this item has ended (expired, skipped or already submitted); "
                    + "the answer was not stored. Ask for the next task.");
        }
        // The guidelines version comes with the project this submit already read: no round trip more.
        Annotation stored = annotations.store(p.tenantId(), p.id(), item, assignmentId, annotator, p.schemaVersion(),
                p.guidelinesVersion(), given, target.data(), target.predictions(), idempotencyKey, now, target.supersedes(), target.round());
        GoldFeedback feedback = null;
        if (target.goldAnswer() != null) {
            feedback = gold.check(p, assignmentId, item, annotator, given, target.goldAnswer(), now);
            if (feedback != null && feedback.expectedAnswer() != null) {
                // The expected answer's spans onto the masked text the annotator saw (a missed check item only).
                var masked = masking.mask(p.tenantId(), p.id(), target.data().deepCopy());
                feedback = new GoldFeedback(feedback.message(),
                        masking.shown(p.tenantId(), p.id(), p.schemaVersion(), masked, feedback.expectedAnswer()));
            }
        } else if (!rework) {
            adaptOverlap(p, item, quality.get());
        }
        events.publishEvent(new AnswerSubmitted(p.tenantId(), p.id(), item, stored.id(), annotator, access.caller().orgId(),
                target.goldAnswer() != null, feedback != null, now, target.reworkOf(), target.round(), assignmentId, active));
        return new Submission(stored.id(), assignmentId, item, stored.schemaVersion(), stored.createdAt(), false, feedback);
    }

    private static final String END_LEASE = """
            update assignments set state = 'SUBMITTED', ended_at = ?, active_ms = ?, writing = ?
            where tenant_id = ? and id = ? and annotator_id = ? and state = 'LEASED' and lease_expires_at > ?""";

    /**
     * Ends the lease if it is still this annotator's and live (the check and the write are one UPDATE, so a stale
     * lease cannot slip through between them), and counts the answer on an ordinary item, which is DONE at overlap +
     * the slots adaptive overlap added. 1 when the lease ended, 0 when it had not been live. On PostgreSQL both writes
     * are one statement: the count runs on the item only when the lease ended.
     */
    private int endLease(Project p, UUID assignmentId, UUID annotator, UUID item, boolean counts, Instant now, long active,
                         String writing) {
        Timestamp at = Timestamp.from(now);
        if (counts && roundTrips.together()) {
            return jdbc.sql("with ended as (" + END_LEASE + " returning item_id) " + DONE_COUNT + " and exists (select 1 from ended)")
                    .params(at, active, writing, p.tenantId(), assignmentId, annotator, at, p.overlap(), p.tenantId(), item).update();
        }
        int ended = jdbc.sql(END_LEASE).params(at, active, writing, p.tenantId(), assignmentId, annotator, at).update();
        if (ended > 0 && counts) {
            jdbc.sql(DONE_COUNT).params(p.overlap(), p.tenantId(), item).update();
        }
        return ended;
    }

    private static final String DONE_COUNT = """
            update items set done_count = done_count + 1,
                             state = case when done_count + 1 >= ? + extra_slots then 'DONE' else state end
            where tenant_id = ? and id = ?""";

    /**
     * Adaptive overlap: when this answer completed the item and its answers disagree (the majority's share of some
     * aggregated question below the project's threshold), the item gets one more slot, up to maxOverlap answers. The
     * item's row is already locked by this transaction's update, so two submits cannot both add a slot.
     */
    private void adaptOverlap(Project p, UUID item, QualitySettings s) {
        if (s.adaptiveThreshold() == null) {
            return;
        }
        var overlap = items.overlap(p.tenantId(), item);
        if (!"DONE".equals(overlap.state()) || p.overlap() + overlap.extraSlots() >= s.maxOverlap()) {
            return;
        }
        if (consensus.itemAgreement(p.tenantId(), p.id(), p.schemaVersion(), item) < s.adaptiveThreshold()) {
            items.addSlot(p.tenantId(), item);
        }
    }

    /**
     * {@code goldAnswer}: the sealed known answer when the item is a gold item, else null; {@code supersedes},
     * {@code reworkOf}: for a rework, the rejected annotation and the review that rejected it (null otherwise);
     * {@code claimedAt}: when the lease began, which bounds its active time.
     */
    private record Target(UUID item, JsonNode data, JsonNode predictions, String goldAnswer, int round, UUID supersedes,
                          UUID reworkOf, Instant claimedAt) {
    }

    /**
     * A retry gets the first submit's outcome. With an Idempotency-Key the retry must be the same request: a key sent
     * again with another answer is a client bug that would otherwise silently drop the new answer (422, as the IETF
     * Idempotency-Key draft says). Without a key, a second submit of the assignment answers with what was stored.
     */
    private Submission replay(Project p, Annotation earlier, UUID assignmentId, UUID annotator, JsonNode answer,
                              String idempotencyKey) {
        if (!earlier.annotatorId().equals(annotator) || !earlier.assignmentId().equals(assignmentId)) {
            throw keyReused();
        }
        if (idempotencyKey != null && !earlier.answer().equals(answer)) {
            throw new Invalid("This Idempotency-Key was already used with another answer; the first answer is "
                    + "stored. Send a new key only for a new assignment.").with("field", "Idempotency-Key");
        }
        return new Submission(earlier.id(), assignmentId, earlier.itemId(), earlier.schemaVersion(), earlier.createdAt(), true,
                gold.replayed(p, assignmentId));
    }
}
