package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * At most {@code annota.claims.per-minute} claims per annotator per minute window (default 120: a fast annotator
 * takes one every few seconds; a script walking a project's items does not). The counter is a database row per
 * annotator and window, so every instance counts the same claims and nothing lives in one JVM's memory. 429 with
 * Retry-After (seconds to the next window) beyond it.
 */
@Component
class ClaimRateLimit {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int perMinute;

    ClaimRateLimit(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager txm, Clock clock,
                   @Value("${annota.claims.per-minute:120}") int perMinute) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one claim by the annotator, or throws 429 when the window's count is reached. */
    void count(UUID annotator) {
        if (perMinute <= 0) {
            return;
        }
        Instant now = Instant.now(clock);
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int claims;
        try {
            claims = increment(annotator, window);
        } catch (DuplicateKeyException raced) {
            // Two first claims of a window at once: the row exists now, count again.
            claims = increment(annotator, window);
        }
        if (claims > perMinute) {
            long retry = Math.max(1, window.plusSeconds(60).getEpochSecond() - now.getEpochSecond());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "At most " + perMinute + " claims a minute; try again in " + retry + " s.");
            problem.setTitle("Too many claims");
            var e = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
            e.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retry));
            throw e;
        }
    }

    private int increment(UUID annotator, Instant window) {
        Timestamp w = Timestamp.from(window);
        return tx.execute(status -> {
            // The UPDATE takes the row lock, so concurrent claims of one annotator count one after the other.
            int n = jdbc.sql("update claim_windows set claims = claims + 1 where annotator_id = ? and window_start = ?")
                    .params(annotator, w).update();
            if (n == 0) {
                jdbc.sql("delete from claim_windows where annotator_id = ? and window_start < ?").params(annotator, w).update();
                jdbc.sql("insert into claim_windows (annotator_id, window_start, claims) values (?, ?, 1)").params(annotator, w).update();
                return 1;
            }
            return jdbc.sql("select claims from claim_windows where annotator_id = ? and window_start = ?")
                    .params(annotator, w).query(Integer.class).single();
        });
    }
}
