package dev.annota.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's web sessions. A session keeps the roles it logged in with, so after an admin changes someone's roles
 * or deactivates them, their open sessions are deleted: the next request logs in again and gets what the database
 * says. (API tokens read the user's row on every request and need nothing.)
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** @param email the login name, which is the session's principal name */
    int end(String email) {
        var ids = sessions.findByPrincipalName(email).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
