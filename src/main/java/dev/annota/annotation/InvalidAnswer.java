package dev.annota.annotation;

import java.util.List;

import dev.annota.schema.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: the answer does not fit the project's label schema; names every wrong field. */
public class InvalidAnswer extends ErrorResponseException {

    public InvalidAnswer(List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body(violations), null);
    }

    private static ProblemDetail body(List<Violation> violations) {
        var first = violations.getFirst();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, first.field() + " " + first.message());
        problem.setTitle("Invalid answer");
        problem.setProperty("field", first.field());
        problem.setProperty("errors", violations);
        return problem;
    }
}
