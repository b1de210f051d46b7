package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.annota.failure.Conflict;
import dev.annota.failure.Damaged;
import dev.annota.failure.Failure;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Gone;
import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;
import dev.annota.failure.NotFound;
import dev.annota.failure.TooManyRequests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** The one mapping from a module's failures to problem documents, without Spring MVC around it. */
class ProblemAdviceTests {

    @Test
    void eachKindOfFailureHasItsStatus() {
        Map<Failure, Integer> statuses = Map.of(
                new NotFound("No such project."), 404,
                new Forbidden("Only admins."), 403,
                new Conflict("Taken."), 409,
                new Gone("Data shredded", "Keys destroyed."), 410,
                new TooManyRequests("Too many claims", "Wait.", Duration.ofSeconds(3)), 429,
                new Damaged("Access log integrity alarm", "Altered.", null), 500,
                new Invalid("Bad."), 422,
                new Invalid(Kind.MALFORMED, null, "Unreadable header."), 400,
                new Invalid(Kind.TOO_LARGE, "Image rejected", "Too large."), 413,
                new Invalid(Kind.UNSUPPORTED_FORMAT, "Image rejected", "Not an image."), 415);

        statuses.forEach((failure, status) -> assertThat(ProblemAdvice.problem(failure).getStatus())
                .as(failure.getClass().getSimpleName()).isEqualTo(status));
    }

    @Test
    void theDocumentCarriesTheTitleDetailAndPropertiesInOrder() {
        var problem = ProblemAdvice.problem(new Invalid("Invalid answer", "label must be one of a, b")
                .with("field", "label").with("errors", List.of("label")).with("line", null));

        assertThat(problem.getTitle()).isEqualTo("Invalid answer");
        assertThat(problem.getDetail()).isEqualTo("label must be one of a, b");
        assertThat(problem.getProperties()).containsExactly(Map.entry("field", "label"), Map.entry("errors", List.of("label")));
    }

    @Test
    void aFailureWithoutATitleGetsTheStatusName() {
        var problem = ProblemAdvice.problem(new NotFound("No such user."));

        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void tooManyRequestsSaysWhenToRetryInTheHeader() {
        var answer = new ProblemAdvice().failure(new TooManyRequests("Too many claims", "Wait.", Duration.ofSeconds(42)),
                new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("42");
        assertThat(answer.getBody().getTitle()).isEqualTo("Too many claims");
    }

    @Test
    void aDatabaseThatWentAwayUnderTheRequestIsA503WithRetryAfterAndNoA500() {
        var advice = new ProblemAdvice();
        var request = new ServletWebRequest(new MockHttpServletRequest());
        for (Exception cut : List.of(
                new org.springframework.dao.DataAccessResourceFailureException("JDBC commit; An I/O error occurred while sending to the backend."),
                new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection for transaction"),
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed"))) {
            var answer = advice.databaseUnreachable(cut, request);

            assertThat(answer.getStatusCode().value()).as(cut.getClass().getSimpleName()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(answer.getBody().getTitle()).isEqualTo("Database unavailable");
            assertThat(answer.getBody().getDetail()).contains("Idempotency-Key");
        }
    }
}
