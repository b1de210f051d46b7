package dev.annota.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.operations.Drain;
import dev.annota.review.internal.Feedback;
import dev.annota.review.internal.ReviewDecisions;
import dev.annota.review.internal.ReviewFigureReport;
import dev.annota.review.internal.ReviewHistory;
import dev.annota.review.internal.ReviewQueue;
import dev.annota.review.internal.ReviewSettingsStore;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** The reviewer's side of a project: settings, the next review, decisions, an item's history, the summary. */
@Service
public record Reviews(ReviewSettingsStore settings, ReviewQueue queue, ReviewDecisions decisions, ReviewHistory history,
        ReviewFigureReport figures, Feedback feedback, Drain drain) {

    public ReviewSettings settings(CurrentUser caller, UUID projectId) {
        return settings.read(caller, projectId);
    }

    /** A project's settings, read inside a transaction of its tenant already in progress (money: is it reviewed?). */
    public ReviewSettings settingsIn(UUID tenantId, UUID projectId) {
        return settings.load(tenantId, projectId);
    }

    /** As {@link #settingsIn}, queued on the caller's round trip: read once the trip was sent (money's pricing at submit). */
    public java.util.function.Supplier<ReviewSettings> settingsOn(dev.annota.tenancy.RoundTrip trip, UUID tenantId, UUID projectId) {
        return settings.load(trip, tenantId, projectId);
    }

    /** Changes the settings (the owner's admins and managers); fields left out keep their value; 422 names a wrong field. */
    public ReviewSettings changeSettings(CurrentUser caller, UUID projectId, JsonNode body) {
        return settings.change(caller, projectId, body);
    }

    /** The caller's next review under a lease, or the one they hold; empty when nothing waits for them. */
    public Optional<ReviewTask> next(CurrentUser caller, UUID projectId) {
        // A review is leased as a task is: none handed out by an instance that is shutting down (503).
        drain.refuseNewWork();
        return queue.next(caller, projectId);
    }

    public ReviewDecision decide(CurrentUser caller, UUID projectId, UUID reviewId, JsonNode body) {
        return decisions.decide(caller, projectId, reviewId, body);
    }

    public List<ItemReview> ofItem(CurrentUser caller, UUID projectId, UUID itemId) {
        return history.ofItem(caller, projectId, itemId);
    }

    public ReviewSummary summary(CurrentUser caller, UUID projectId) {
        return history.summary(caller, projectId);
    }

    /**
     * Quality from review: per annotator, workforce and reviewer, and REVIEW against QA. The owner's admins and managers
     * see everything; an engaged workforce's admins and managers their own people only; everyone else 403.
     */
    public ReviewFigures figures(CurrentUser caller, UUID projectId) {
        return figures.figures(caller, projectId);
    }

    /** The caller's feedback on their own answers, newest first, older than {@code before} (null: the newest). */
    public FeedbackInbox feedback(CurrentUser caller, UUID before, int limit) {
        return feedback.inbox(caller, before, limit);
    }

    /** The caller's one reply to a decision on their own answer (404 for any other, 409 for a second). */
    public FeedbackInbox.Reply reply(CurrentUser caller, UUID decisionId, JsonNode body) {
        return feedback.reply(caller, decisionId, body);
    }
}
