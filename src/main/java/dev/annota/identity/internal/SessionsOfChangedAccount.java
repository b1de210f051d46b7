package dev.annota.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import dev.annota.identity.AccountChanged;
import dev.annota.identity.AccountChanged.Change;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends every web session of a user whose roles changed, whose account was disabled or whose password an admin reset. A session keeps the roles of
 * its login (the SecurityContext is stored with it), so without this a demoted manager would keep manager rights in an
 * open browser until the session expired; the user logs in again and gets the new roles. API tokens carry no roles:
 * the change empties every instance's token cache when it commits ({@code Users#update}), and the next bearer
 * request reads the user afresh.
 *
 * <p>A plain listener, so the rows go in the act's transaction and the sessions end exactly when the change commits.
 * Not Spring Session's {@code findByPrincipalName} + {@code deleteById}: the repository runs each call in a
 * transaction of its own (REQUIRES_NEW) on a second connection, committed whether or not the change is, while this
 * transaction holds the organization's users locked. Spring Session indexes a session under the login's name,
 * {@link Account#getUsername()}: the user's email as stored.
 */
@Component
record SessionsOfChangedAccount(JdbcClient jdbc) {

    private static final Set<Change> ENDING_SESSIONS = EnumSet.of(Change.ROLES_CHANGED, Change.USER_DEACTIVATED,
            Change.PASSWORD_RESET);

    @EventListener
    void on(AccountChanged changed) {
        if (ENDING_SESSIONS.contains(changed.change())) {
            // The attributes go with each row (ON DELETE CASCADE).
            jdbc.sql("delete from SPRING_SESSION where PRINCIPAL_NAME = (select email from users where id = ?)")
                    .param(changed.targetId()).update();
        }
    }
}
