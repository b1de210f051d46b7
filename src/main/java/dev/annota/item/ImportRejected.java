package dev.annota.item;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A file rejected whole: nothing of it was stored. Names the line (1-based) and, where known, the field. */
public class ImportRejected extends ErrorResponseException {

    private final long line;

    public ImportRejected(long line, String field, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body(line, field, reason), null);
        this.line = line;
    }

    public long line() {
        return line;
    }

    private static ProblemDetail body(long line, String field, String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + reason
                        + ". Nothing was imported; fix the line and upload the file again.");
        problem.setTitle("Import rejected");
        problem.setProperty("line", line);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
