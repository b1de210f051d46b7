package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.annota.annotation.Annotation;
import dev.annota.annotation.Annotations;
import dev.annota.annotation.Consensus;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.LeaseRejected;
import dev.annota.work.GoldFeedback;
import dev.annota.work.QualitySettings;
import dev.annota.work.Submission;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an annotator's answer under their lease. The lease is checked in the same UPDATE that ends it, so a stale or
 * foreign lease can never slip through between a check and a write; the answer is committed before the response.
 * A retry (same assignment, or same idempotency key) gets the first submit's answer and stores nothing new.
 */
@Component
public class Submitting {

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final Projects projects;
    private final Annotations annotations;
    private final Clock clock;
    private final ItemPayloads payloads;
    private final JsonMapper json;
    private final GoldQueue gold;
    private final QualitySettingsStore settings;
    private final Consensus consensus;

    Submitting(JdbcClient jdbc, TenantScope tenants, Projects projects, Annotations annotations, Clock clock,
               ItemPayloads payloads, JsonMapper json, GoldQueue gold, QualitySettingsStore settings, Consensus consensus) {
        this.gold = gold;
        this.settings = settings;
        this.consensus = consensus;
        this.payloads = payloads;
        this.json = json;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.projects = projects;
        this.annotations = annotations;
        this.clock = clock;
    }

    public Submission submit(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        checkKey(idempotencyKey);
        return inTransaction(access.tenantId(), () -> submitIn(access, assignmentId, answer, idempotencyKey));
    }

    /** The request path: finds the tenant, then reads the project and submits in one transaction. */
    public Submission submit(CurrentUser caller, UUID projectId, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        checkKey(idempotencyKey);
        // One transaction: the directory lookup (its first statement), the project, the submit.
        return keyChecked(() -> projects.writeIn(caller, projectId, access -> submitIn(access, assignmentId, answer, idempotencyKey)));
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

    private static ErrorResponseException keyReused() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This Idempotency-Key was already used for another assignment; send a new key for a new answer.");
        problem.setProperty("field", "Idempotency-Key");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    private static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "An Idempotency-Key is 1 to 100 characters.");
            problem.setProperty("field", "Idempotency-Key");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    private Submission submitIn(ProjectAccess access, UUID assignmentId, JsonNode answer, String idempotencyKey) {
        if (!access.work()) {
            throw new ProjectForbidden("Only annotators submit answers.");
        }
        Project p = access.project();
        UUID annotator = access.caller().id();
        var earlier = annotations.earlier(p.tenantId(), assignmentId, annotator, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(p, earlier.get(), assignmentId, annotator);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        // The item's data and predictions: answers are checked against the item (spans within its text...).
        Target target = jdbc.sql("""
                        select a.item_id, i.payload, i.predictions, i.state, i.gold_answer from assignments a
                        join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
                        where a.tenant_id = ? and a.id = ? and a.annotator_id = ? and a.project_id = ?""")
                .params(p.tenantId(), assignmentId, annotator, p.id())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String predictions = rs.getString(3);
                    return new Target(id, json.readTree(payloads.open(p.tenantId(), id, rs.getString(2))),
                            predictions == null ? null : json.readTree(payloads.open(p.tenantId(), id, predictions)),
                            "GOLD".equals(rs.getString(4)) ? rs.getString(5) : null);
                })
                .optional()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You hold no assignment with that id."), null));
        UUID item = target.item();
        annotations.check(p.tenantId(), p.id(), p.schemaVersion(), answer, target.data());
        int ended = jdbc.sql("""
                update assignments set state = 'SUBMITTED', ended_at = ?
                where tenant_id = ? and id = ? and annotator_id = ? and state = 'LEASED' and lease_expires_at > ?""")
                .params(Timestamp.from(now), p.tenantId(), assignmentId, annotator, Timestamp.from(now)).update();
        if (ended == 0) {
            // A twin of this submit (a client retry racing the first attempt) may have ended the lease a moment
            // ago: this UPDATE waited for its lock, then found the lease SUBMITTED. Answer with what it stored.
            var twin = annotations.earlier(p.tenantId(), assignmentId, annotator, idempotencyKey);
            if (twin.isPresent()) {
                return replay(p, twin.get(), assignmentId, annotator);
            }
            throw new LeaseRejected("Your lease on this item has ended (expired, skipped or already submitted); "
                    + "the answer was not stored. Ask for the next task.");
        }
        if (target.goldAnswer() == null) {
            // The item is DONE at overlap + the slots adaptive overlap added.
            jdbc.sql("""
                    update items set done_count = done_count + 1,
                                     state = case when done_count + 1 >= ? + extra_slots then 'DONE' else state end
                    where tenant_id = ? and id = ?""")
                    .params(p.overlap(), p.tenantId(), item).update();
        }
        Annotation stored = annotations.store(p.tenantId(), p.id(), item, assignmentId, annotator, p.schemaVersion(),
                answer, target.data(), target.predictions(), idempotencyKey, now);
        GoldFeedback feedback = null;
        if (target.goldAnswer() != null) {
            feedback = gold.record(p, assignmentId, item, annotator, answer, target.goldAnswer(), now);
        } else {
            adaptOverlap(p, item);
        }
        return new Submission(stored.id(), assignmentId, item, stored.schemaVersion(), stored.createdAt(), false, feedback);
    }

    /**
     * Adaptive overlap: when this answer completed the item and its answers disagree (the majority's share of some
     * aggregated question below the project's threshold), the item gets one more slot, up to maxOverlap answers. The
     * item's row is already locked by this transaction's update, so two submits cannot both add a slot.
     */
    private void adaptOverlap(Project p, UUID item) {
        QualitySettings s = settings.load(p);
        if (s.adaptiveThreshold() == null) {
            return;
        }
        var row = jdbc.sql("select state, extra_slots from items where tenant_id = ? and id = ?")
                .params(p.tenantId(), item).query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).single();
        if (!"DONE".equals(row[0]) || p.overlap() + (int) row[1] >= s.maxOverlap()) {
            return;
        }
        if (consensus.itemAgreement(p.tenantId(), p.id(), p.schemaVersion(), item) < s.adaptiveThreshold()) {
            jdbc.sql("""
                    update items set extra_slots = extra_slots + 1, open_slots = open_slots + 1, state = 'OPEN'
                    where tenant_id = ? and id = ? and state = 'DONE'""")
                    .params(p.tenantId(), item).update();
        }
    }

    /** {@code goldAnswer}: the sealed known answer when the item is a gold item, else null. */
    private record Target(UUID item, JsonNode data, JsonNode predictions, String goldAnswer) {
    }

    private Submission replay(Project p, Annotation earlier, UUID assignmentId, UUID annotator) {
        if (!earlier.annotatorId().equals(annotator) || !earlier.assignmentId().equals(assignmentId)) {
            throw keyReused();
        }
        return new Submission(earlier.id(), assignmentId, earlier.itemId(), earlier.schemaVersion(), earlier.createdAt(), true,
                gold.replayed(p, assignmentId));
    }
}
