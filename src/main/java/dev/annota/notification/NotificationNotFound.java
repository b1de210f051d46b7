package dev.annota.notification;

import dev.annota.failure.NotFound;

/** No notification of the caller's with that id: the same answer whether it is someone else's or none at all. */
public class NotificationNotFound extends NotFound {

    public NotificationNotFound() {
        super("No such notification.");
    }
}
