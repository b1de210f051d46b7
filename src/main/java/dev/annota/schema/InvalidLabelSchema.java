package dev.annota.schema;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

public class InvalidLabelSchema extends ErrorResponseException {

    public InvalidLabelSchema(List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body(violations), null);
    }

    private static ProblemDetail body(List<Violation> violations) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                violations.getFirst().field() + ": " + violations.getFirst().message());
        problem.setTitle("Invalid label schema");
        problem.setProperty("field", "schema." + violations.getFirst().field());
        problem.setProperty("errors", violations);
        return problem;
    }
}
