package dev.annota.web.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.annota.failure.Conflict;
import dev.annota.failure.Damaged;
import dev.annota.failure.Failure;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Gone;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.failure.TooManyRequests;
import dev.annota.failure.Unavailable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as an RFC 9457 problem document, naming the field or the position of what was wrong. The one place
 * where a module's {@link Failure} becomes HTTP: its kind gives the status, its title, detail and properties the
 * document's members.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(Failure.class)
    ResponseEntity<ProblemDetail> failure(Failure failure, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            // As Spring does for its own errors: a streamed answer (an export) has begun, too late for a document.
            logger.warn("Response already committed. Ignoring: " + failure);
            return null;
        }
        var problem = problem(failure);
        // An instance that is draining says so on purpose: no error to log.
        if (problem.getStatus() >= 500 && !(failure instanceof Unavailable)) {
            // Logged here with its cause. Not handed to the container as the request's error exception: Tomcat then
            // renders its own error page in place of this problem document.
            logger.error("Answered " + problem.getStatus() + " to " + request.getDescription(false) + ": " + failure, failure);
        }
        var response = ResponseEntity.status(problem.getStatus());
        if (failure instanceof TooManyRequests tooMany && tooMany.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()));
        }
        if (failure instanceof Unavailable unavailable && unavailable.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, unavailable.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }

    /** The problem document of a failure: the same for every module. */
    static ProblemDetail problem(Failure failure) {
        var problem = ProblemDetail.forStatusAndDetail(status(failure), failure.detail());
        if (failure.title() != null) {
            problem.setTitle(failure.title());
        }
        failure.properties().forEach(problem::setProperty);
        return problem;
    }

    static HttpStatus status(Failure failure) {
        return switch (failure) {
            case NotFound f -> HttpStatus.NOT_FOUND;
            case Forbidden f -> HttpStatus.FORBIDDEN;
            case Conflict f -> HttpStatus.CONFLICT;
            case Gone f -> HttpStatus.GONE;
            case TooManyRequests f -> HttpStatus.TOO_MANY_REQUESTS;
            case Unavailable f -> HttpStatus.SERVICE_UNAVAILABLE;
            case Damaged f -> HttpStatus.INTERNAL_SERVER_ERROR;
            case Invalid f -> switch (f.kind()) {
                case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
                case MALFORMED -> HttpStatus.BAD_REQUEST;
                case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            };
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, errors.isEmpty()
                ? "The request is not valid."
                : errors.getFirst().get("field") + " " + errors.getFirst().get("message"));
        problem.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.getFirst().get("field"));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this call.");
        problem.setTitle("Unreadable request");
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            // Well-formed JSON the call does not take: the same 422 as any other invalid field (StrictJson).
            String field = path(unknown);
            var invalid = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Unknown field '" + field + "': this call does not take it. Check its spelling against the API description.");
            invalid.setTitle("Invalid request");
            invalid.setProperty("field", field);
            return ResponseEntity.unprocessableContent().body(invalid);
        }
        // A value Jackson could not convert (a date, say) keeps the converter's own exception as the deepest cause;
        // the mismatch above it knows the field.
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException) {
                cause = t;
                break;
            }
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            problem.setDetail("Field '" + field + "' has the wrong type or value.");
            problem.setProperty("field", field);
        } else if (cause instanceof StrictJson.NumberOutOfRange outOfRange
                && ex.getCause() instanceof DatabindException read && !read.getPath().isEmpty()) {
            problem.setDetail(outOfRange.getMessage() + " Field '" + path(read) + "'.");
            problem.setProperty("field", path(read));
        } else if (cause instanceof JacksonException json && json.getLocation() != null) {
            problem.setDetail("Malformed JSON at line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ": " + json.getOriginalMessage());
            problem.setProperty("line", json.getLocation().getLineNr());
            problem.setProperty("column", json.getLocation().getColumnNr());
        } else if (cause instanceof IllegalArgumentException illegal) {
            problem.setDetail(illegal.getMessage());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * The backstop for a text longer than its column: each request field carries its column's limit ({@code @Size},
     * checked before anything is written, naming the field); should one be missed, the database's "value too long"
     * (SQLSTATE 22001 on PostgreSQL, error 22001 on H2) is still a 422 and not a 500. It cannot name the field: neither
     * database says which column. Any other integrity violation goes on as it came.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        if (!valueTooLong(e)) {
            throw e;
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "A text in the request is longer than its field allows.");
        problem.setTitle("Invalid request");
        return problem;
    }

    static boolean valueTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22001".equals(sql.getSQLState()) || sql.getErrorCode() == 22001)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database went away under the request (restarted, failed over, its connections cut): a 503 with
     * {@code Retry-After}, not a 500, since nothing is wrong with the request and the instance recovers by itself
     * (docs/operations.md "Fail over"). A write whose commit was cut off may or may not be stored: the detail says to
     * send it again with the same {@code Idempotency-Key} (bench/faults.sh found these as 500s in its first run).
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.transaction.TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseUnreachable(Exception e, WebRequest request) {
        logger.warn("Answered 503 to " + request.getDescription(false) + ": the database is unreachable: " + e);
        return failure(new Unavailable("Database unavailable", "The database could not be reached; try again in a moment. "
                + "A write sent with an Idempotency-Key may be sent again with the same key: it is stored once.",
                java.time.Duration.ofSeconds(1)), request);
    }

    @ExceptionHandler(org.springframework.security.authentication.InsufficientAuthenticationException.class)
    ProblemDetail unauthenticated(Exception e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Authentication required");
        return problem;
    }
}
