package dev.annota.conflict;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of a change to a customer's conflict wall (for that organization's access log):
 * who changed what, when. {@code targetId} is the conflict class or the declared competitor; {@code detail} the
 * cooling-off period or the excluded employer. A conflict class created by the operator goes to the operator's log.
 */
public record WallSettingChanged(UUID orgId, Change change, UUID actorId, UUID actorOrgId, UUID targetId, String detail,
                                 Instant at) {

    public enum Change {
        CLASS_CREATED, CLASS_JOINED, CLASS_LEFT, COMPETITOR_DECLARED, COMPETITOR_WITHDRAWN, COOLING_OFF_SET,
        AFFILIATION_EXCLUDED, EXCLUSION_WITHDRAWN
    }
}
