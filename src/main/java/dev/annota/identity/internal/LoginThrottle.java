package dev.annota.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the user's row, not in memory, so
 * every application instance sees the same count and the lock holds across instances and restarts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int lockSeconds;

    LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${annota.login.max-failures:5}") int maxFailures,
                  @Value("${annota.login.lock-seconds:60}") int lockSeconds) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockSeconds = lockSeconds;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var lockUntil = Timestamp.from(Instant.now(clock).plusSeconds(lockSeconds));
        // Reaching the limit locks the account and starts a fresh count for after the lock.
        jdbc.sql("""
                update users set
                  locked_until = case when failed_logins + 1 >= ? then ? else locked_until end,
                  failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end
                where email = ?""")
                .params(maxFailures, lockUntil, maxFailures, String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT))
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account) {
            jdbc.sql("update users set failed_logins = 0, locked_until = null where id = ? and (failed_logins > 0 or locked_until is not null)")
                    .param(account.user().id()).update();
        }
    }
}
