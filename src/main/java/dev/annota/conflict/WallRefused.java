package dev.annota.conflict;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 403 to an annotator the wall keeps from a project. Deliberately neutral: it names no customer, no rule and no
 * history (that would tell the annotator, and through them a competitor, who else uses the vendor); the reason is
 * recorded for the project's managers.
 */
public class WallRefused extends ErrorResponseException {

    public static final String MESSAGE = "No tasks of this project can be given to you. Your organization's lead can ask the project's managers.";

    public WallRefused() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, MESSAGE);
        p.setTitle("Not available to you");
        return p;
    }
}
