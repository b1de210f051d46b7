package dev.annota.notification.internal;

import dev.annota.identity.Users;
import dev.annota.notification.Notifications;
import dev.annota.review.ReworkOffered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an annotator that a rejected answer waits for them to rework. The text names neither the project nor the item
 * (both are the customer's, the notification is stored in the annotator's organization); the link opens the project's
 * workbench, whose next claim serves the rework with the reviewer's feedback. Written once the rejection commits.
 */
@Component
class ReviewNotices {

    private final Notifications notifications;
    private final Users users;

    ReviewNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void on(ReworkOffered offered) {
        users.find(offered.annotatorId()).ifPresent(annotator -> notifications.notify(annotator.orgId(), annotator.id(),
                "REWORK_WAITING", "A reviewer sent one of your answers back with feedback: it waits for you to rework it "
                        + "(round " + offered.round() + ") before new work. Take it soon, or it passes to another annotator.",
                "/projects/" + offered.projectId() + "/work"));
    }
}
