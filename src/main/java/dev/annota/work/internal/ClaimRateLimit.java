package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.annota.failure.TooManyRequests;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.RoundTrip;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@code annota.claims.per-minute} claims per annotator per minute window (default 120: a fast annotator
 * takes one every few seconds; a script walking a project's items does not). The counter is a database row per
 * annotator and window, so every instance counts the same claims and nothing lives in one JVM's memory. 429 with
 * Retry-After (seconds to the next window) beyond it.
 *
 * <p>Counted inside the claim's transaction (one statement on PostgreSQL, an upsert): a claim that fails rolls its
 * count back with it, and the count costs the claim no transaction of its own. The row lock makes concurrent claims of
 * one annotator count one after the other.
 */
@Component
class ClaimRateLimit {

    private static final String UPSERT = """
            insert into claim_windows (annotator_id, window_start, claims) values (?, ?, 1)
            on conflict (annotator_id, window_start) do update set claims = claim_windows.claims + 1
            returning claims""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perMinute;
    private final boolean postgres;

    ClaimRateLimit(JdbcClient jdbc, Clock clock, DatabaseDialect dialect,
                   @Value("${annota.claims.per-minute:120}") int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
        this.postgres = dialect.isPostgres();
    }

    /**
     * Counts one claim with the upsert sent in the claim's round trip (PostgreSQL); {@link Count#check} then throws
     * 429 when the window's count is reached. On H2 the count runs at once. Inside the claim's transaction.
     */
    Count count(RoundTrip trip, UUID annotator) {
        if (perMinute <= 0) {
            return () -> { };
        }
        Instant now = Instant.now(clock);
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        if (postgres) {
            var claims = trip.queryOptional(UPSERT, (rs, n) -> rs.getInt(1), annotator, Timestamp.from(window));
            return () -> judge(annotator, now, window, claims.get().orElseThrow());
        }
        int claims = increment(annotator, window);
        return () -> judge(annotator, now, window, claims);
    }

    /** A counted claim; {@link #check} throws 429 beyond the limit. */
    interface Count {
        void check();
    }

    private void judge(UUID annotator, Instant now, Instant window, int claims) {
        if (claims == 1) {
            // The annotator's first claim of this window: the earlier windows' rows are of no further use.
            jdbc.sql("delete from claim_windows where annotator_id = ? and window_start < ?")
                    .params(annotator, Timestamp.from(window)).update();
        }
        if (claims > perMinute) {
            long retry = Math.max(1, window.plusSeconds(60).getEpochSecond() - now.getEpochSecond());
            throw new TooManyRequests("Too many claims", "At most " + perMinute + " claims a minute; try again in " + retry
                    + " s.", Duration.ofSeconds(retry));
        }
    }

    /** H2 has no INSERT … ON CONFLICT DO UPDATE; a failed statement there leaves the transaction usable, so retry. */
    private int increment(UUID annotator, Instant window) {
        Timestamp w = Timestamp.from(window);
        int n = jdbc.sql("update claim_windows set claims = claims + 1 where annotator_id = ? and window_start = ?")
                .params(annotator, w).update();
        if (n == 0) {
            try {
                jdbc.sql("insert into claim_windows (annotator_id, window_start, claims) values (?, ?, 1)").params(annotator, w).update();
            } catch (DuplicateKeyException raced) {
                // Two first claims of a window at once: the row exists now, count again.
                return increment(annotator, window);
            }
            return 1;
        }
        return jdbc.sql("select claims from claim_windows where annotator_id = ? and window_start = ?")
                .params(annotator, w).query(Integer.class).single();
    }
}
