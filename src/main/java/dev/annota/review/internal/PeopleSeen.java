package dev.annota.review.internal;

import dev.annota.identity.Pseudonyms;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.review.ReviewTask;

/**
 * The people of one answer as its viewer may see them: each looked up once, shown by their stable pseudonym and by
 * name only within the viewer's own organization.
 */
final class PeopleSeen {

    private final Users users;
    private final CurrentUser viewer;
    private final UUID tenantId;
    private final Map<UUID, Optional<UserAccount>> accounts = new HashMap<>();

    PeopleSeen(Users users, CurrentUser viewer, UUID tenantId) {
        this.users = users;
        this.viewer = viewer;
        this.tenantId = tenantId;
    }

    Optional<UserAccount> account(UUID id) {
        return accounts.computeIfAbsent(id, users::find);
    }

    ReviewTask.Person person(UUID id) {
        String name = account(id).filter(a -> a.orgId().equals(viewer.orgId())).map(UserAccount::displayName).orElse(null);
        return new ReviewTask.Person(Pseudonyms.of(tenantId, id), name);
    }
}
