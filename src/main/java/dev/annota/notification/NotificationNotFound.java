package dev.annota.notification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No notification of the caller's with that id: the same answer whether it is someone else's or none at all. */
public class NotificationNotFound extends ErrorResponseException {

    public NotificationNotFound() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such notification."), null);
    }
}
