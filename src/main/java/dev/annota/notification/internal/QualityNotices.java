package dev.annota.notification.internal;

import dev.annota.identity.Users;
import dev.annota.notification.Notifications;
import dev.annota.quality.AnnotatorStandingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an annotator that their standing on a project changed. The texts name no project (its name is the customer's
 * and the notification is stored in the annotator's organization); the link opens the annotator's own quality page
 * of the project, which names it to those who may see it.
 */
@Component
class QualityNotices {

    private final Notifications notifications;
    private final Users users;

    QualityNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

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
        users.find(changed.annotatorId()).ifPresent(annotator -> notifications.notify(annotator.orgId(), annotator.id(), kind,
                text, "/projects/" + changed.projectId() + "/quality/me"));
    }
}
