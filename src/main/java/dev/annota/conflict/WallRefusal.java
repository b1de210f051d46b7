package dev.annota.conflict;

import java.time.Instant;
import java.util.UUID;

import dev.annota.conflict.internal.WallRules;
import dev.annota.identity.CurrentUser;

/**
 * The wall refused an annotator inside the claim's transaction. Thrown to roll that transaction back (nothing was
 * shown); the caller then hands it to {@link ConflictWall#refuse}, which records it for the project's managers in a
 * transaction of its own, once the claim's connection is back in the pool, and gives the annotator's neutral 403. Not an
 * HTTP error itself: a caller that forgot to record it fails loudly instead of refusing silently.
 */
public final class WallRefusal extends RuntimeException {

    private final transient CurrentUser annotator;
    private final UUID tenantId;
    private final UUID projectId;
    private final transient WallRules.Decision decision;
    private final Instant at;

    WallRefusal(CurrentUser annotator, UUID tenantId, UUID projectId, WallRules.Decision decision, Instant at) {
        super("The conflict wall refused annotator " + annotator.id() + " on project " + projectId, null, false, false);
        this.annotator = annotator;
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.decision = decision;
        this.at = at;
    }

    CurrentUser annotator() {
        return annotator;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID projectId() {
        return projectId;
    }

    WallRules.Decision decision() {
        return decision;
    }

    Instant at() {
        return at;
    }
}
