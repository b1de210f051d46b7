package dev.annota.review.internal;

import dev.annota.failure.Conflict;
import dev.annota.failure.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.annotation.Annotations;
import dev.annota.identity.CurrentUser;
import dev.annota.item.ItemPayloads;
import dev.annota.masking.Masking;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.ReviewDecided;
import dev.annota.review.ReviewDecision;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reviewer's decision on a leased review: checked, then the lease ended in the UPDATE that checks it (holder, fencing
 * token, expiry), the decision appended with its texts sealed, an accepted REVIEW sampled into QA, and
 * {@link ReviewDecided} published, all in one transaction.
 */
@Component
public record ReviewDecisions(Rework rework, Projects projects, ReviewStore store, ReviewSettingsStore settings,
        ReviewTexts texts, Annotations annotations, Items items, ItemPayloads payloads,
        ApplicationEventPublisher events, JsonMapper json, Clock clock, Masking masking) {

    private static final int MAX_TEXT = 10_000;

    /** What a decision's request says, checked for its shape (the answer is checked against the schema later). */
    record Request(ReviewOutcome decision, long fencingToken, String feedback, ObjectNode questionFeedback, JsonNode answer) {

        static Request of(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw ReviewSettingsStore.invalid("body", "A decision is a JSON object.");
            }
            ReviewOutcome decision;
            try {
                decision = ReviewOutcome.valueOf(body.path("decision").asString());
            } catch (RuntimeException e) {
                throw ReviewSettingsStore.invalid("decision", "decision is ACCEPT, CORRECT or REJECT.");
            }
            JsonNode token = body.get("fencingToken");
            if (token == null || !token.isIntegralNumber()) {
                throw ReviewSettingsStore.invalid("fencingToken", "fencingToken is the number your lease was given.");
            }
            JsonNode feedback = body.get("feedback");
            if (feedback != null && !feedback.isNull() && (!feedback.isString() || feedback.asString().length() > MAX_TEXT)) {
                throw ReviewSettingsStore.invalid("feedback", "feedback is a text of at most " + MAX_TEXT + " characters.");
            }
            JsonNode perQuestion = body.get("questionFeedback");
            if (perQuestion != null && !perQuestion.isNull() && !perQuestion.isObject()) {
                throw ReviewSettingsStore.invalid("questionFeedback", "questionFeedback maps question names to texts.");
            }
            JsonNode answer = body.get("answer");
            boolean hasAnswer = answer != null && !answer.isNull();
            if (decision == ReviewOutcome.CORRECT && !hasAnswer) {
                throw ReviewSettingsStore.invalid("answer", "A correction carries the corrected answer.");
            }
            if (decision != ReviewOutcome.CORRECT && hasAnswer) {
                throw ReviewSettingsStore.invalid("answer", "Only a correction carries an answer.");
            }
            return new Request(decision, token.longValue(), feedback == null || feedback.isNull() ? null : feedback.asString(),
                    perQuestion instanceof ObjectNode o ? o : null, hasAnswer ? answer : null);
        }
    }

    public ReviewDecision decide(CurrentUser caller, UUID projectId, UUID reviewId, JsonNode body) {
        // A correction or a note copied from the marked item text keeps no leak marks (docs/trust.md).
        Request request = Request.of(body == null ? null : dev.annota.item.LeakMarks.stripped(body));
        return projects.writeIn(caller, projectId, access -> decideIn(access, reviewId, request));
    }

    private ReviewDecision decideIn(ProjectAccess access, UUID reviewId, Request request) {
        CurrentUser reviewer = access.caller();
        ReviewerScope scope = ReviewerScope.of(reviewer, access.tenantId())
                .orElseThrow(() -> new ProjectForbidden("Only reviewers review annotations."));
        Project p = access.project();
        var review = store.find(p.tenantId(), p.id(), reviewId)
                .filter(r -> scope.covers(reviewer, r.annotatorOrgId()))
                .orElseThrow(() -> new NotFound("No review with that id."));
        checkQuestions(p, request.questionFeedback());
        JsonNode corrected = null;
        if (request.answer() != null) {
            // The same check as the workbench's submit: the project's current schema, against the item's data, the
            // spans marked on the masked text the reviewer saw carried to the original first.
            String stored = items.storedPayload(p.tenantId(), p.id(), review.itemId()).orElseThrow();
            JsonNode data = json.readTree(payloads.open(p.tenantId(), review.itemId(), stored));
            corrected = masking.submitted(p.tenantId(), p.id(), p.schemaVersion(), data, request.answer());
            annotations.check(p.tenantId(), p.id(), p.schemaVersion(), corrected, data);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (store.decide(p.tenantId(), reviewId, reviewer.id(), request.fencingToken(), request.decision(), now) == 0) {
            throw new Conflict("Lease no longer valid", "Your lease on this review has ended (expired, "
                    + "taken over or already decided); the decision was not stored. Ask for the next review.")
                    .with("field", "fencingToken");
        }
        UUID decisionId = Generators.timeBasedEpochGenerator().generate();
        ObjectNode texts = json.createObjectNode();
        texts.put("feedback", request.feedback());
        texts.set("questionFeedback", request.questionFeedback() == null ? json.createObjectNode() : request.questionFeedback());
        texts.set("answer", corrected);
        store.record(p.tenantId(), decisionId, review, reviewer.id(), request.decision(), p.schemaVersion(),
                this.texts.seal(p.tenantId(), decisionId, texts), now);
        if (request.decision() == ReviewOutcome.REJECT) {
            rework.rejected(p, review, now);
        }
        if (review.stage() == ReviewStage.REVIEW && request.decision() == ReviewOutcome.ACCEPT
                && Sampling.qa(settings.load(p.tenantId(), p.id()), review.annotationId())) {
            store.enqueue(p.tenantId(), p.id(), review.itemId(), review.annotationId(), review.annotatorId(),
                    review.annotatorOrgId(), ReviewStage.QA, Sampling.Reason.SHARE, now, review.round());
        }
        events.publishEvent(new ReviewDecided(p.tenantId(), p.id(), review.itemId(), reviewId, review.annotationId(),
                review.annotatorId(), reviewer.id(), review.stage(), request.decision(), now));
        return new ReviewDecision(reviewId, decisionId, review.stage(), request.decision(), request.decision().state(), now);
    }

    /** Per-question feedback names questions of the project's schema, each with a text. */
    private void checkQuestions(Project p, ObjectNode perQuestion) {
        if (perQuestion == null) {
            return;
        }
        var schema = projects.schema(p.tenantId(), p.id(), p.schemaVersion());
        for (var entry : perQuestion.properties()) {
            String field = "questionFeedback." + entry.getKey();
            if (schema.question(entry.getKey()) == null) {
                throw ReviewSettingsStore.invalid(field, "The schema has no question '" + entry.getKey() + "'.");
            }
            if (!entry.getValue().isString() || entry.getValue().asString().length() > MAX_TEXT) {
                throw ReviewSettingsStore.invalid(field, "Feedback on a question is a text of at most " + MAX_TEXT + " characters.");
            }
        }
    }
}
