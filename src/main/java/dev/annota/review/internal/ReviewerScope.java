package dev.annota.review.internal;

import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;

/**
 * What a reviewer may review on a project: a reviewer of the customer organization reviews every annotation; a
 * reviewer of an engaged workforce organization only the annotations of that workforce's own annotators. Nobody
 * reviews their own annotation (the queue's SQL leaves them out).
 */
enum ReviewerScope {
    EVERYTHING, OWN_WORKFORCE;

    /**
     * The caller's scope on a project of {@code tenantId} that the caller's organization owns or is engaged on (the
     * project directory decided that before); empty without the reviewer role.
     */
    static Optional<ReviewerScope> of(CurrentUser caller, UUID tenantId) {
        if (!caller.has(Role.REVIEWER)) {
            return Optional.empty();
        }
        return Optional.of(tenantId.equals(caller.orgId()) ? EVERYTHING : OWN_WORKFORCE);
    }

    /** Whether this scope covers an annotation by an annotator of {@code annotatorOrgId}. */
    boolean covers(CurrentUser caller, UUID annotatorOrgId) {
        return this == EVERYTHING || caller.orgId().equals(annotatorOrgId);
    }
}
