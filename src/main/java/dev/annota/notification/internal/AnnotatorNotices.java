package dev.annota.notification.internal;

import java.util.UUID;

import dev.annota.identity.Users;
import dev.annota.notification.Notifications;
import dev.annota.quality.AnnotatorStandingChanged;
import dev.annota.review.ReworkOffered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an annotator what other modules decided about their work: their standing on a project changed (quality), or a
 * rejected answer waits for them to rework (review). The texts name neither the project nor the item (both are the
 * customer's, and the notification is stored in the annotator's organization); the link opens the project's page that
 * names them to those who may see it.
 */
@Component
record AnnotatorNotices(Notifications notifications, Users users) {

    /** The link opens the annotator's own quality page of the project. */
    @EventListener
    void on(AnnotatorStandingChanged changed) {
        String kind;
        String text;
        if (changed.paused()) {
            kind = "PAUSED_LOW_ACCURACY";
            text = "You are paused on a project: too few of your answers to its check items were right. "
                    + "Your project manager has been alerted and can review your answers with you.";
        } else if (changed.qualificationFailed()) {
            kind = "QUALIFICATION_FAILED";
            text = "You did not pass the qualification of a project, so its tasks are closed to you. "
                    + "Ask your project manager for guidance.";
        } else if (changed.qualificationPassed()) {
            kind = "QUALIFICATION_PASSED";
            text = "You passed the qualification of a project: its tasks are open to you now.";
        } else {
            return;
        }
        tell(changed.annotatorId(), kind, text, "/projects/" + changed.projectId() + "/quality/me");
    }

    /**
     * The link opens the project's workbench, whose next claim serves the rework with the reviewer's feedback. Written
     * once the rejection commits.
     */
    @EventListener
    void on(ReworkOffered offered) {
        tell(offered.annotatorId(), "REWORK_WAITING", "A reviewer sent one of your answers back with feedback: it waits for "
                + "you to rework it (round " + offered.round() + ") before new work. Take it soon, or it passes to another "
                + "annotator.", "/projects/" + offered.projectId() + "/work");
    }

    /** Stored in the annotator's own organization; nobody to tell if the account is gone. */
    private void tell(UUID annotatorId, String kind, String text, String link) {
        users.find(annotatorId).ifPresent(annotator -> notifications.notify(annotator.orgId(), annotator.id(), kind, text, link));
    }
}
