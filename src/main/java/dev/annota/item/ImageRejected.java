package dev.annota.item;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload refused whole (nothing stored): not an accepted format (415), too large (413) or unreadable (422). */
public class ImageRejected extends ErrorResponseException {

    public ImageRejected(HttpStatus status, String field, String detail) {
        super(status, body(status, field, detail), null);
    }

    private static ProblemDetail body(HttpStatus status, String field, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Image rejected");
        problem.setProperty("field", field);
        return problem;
    }
}
