package dev.annota.item;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of a manager's change to one item, for the owning tenant's access log: a deletion
 * (the detail is the reason given) or a new payload. Never carries the payload.
 */
public record ItemChanged(UUID tenantId, UUID projectId, UUID itemId, Change change, UUID actorId, UUID actorOrgId,
                          String detail, Instant at) {

    public enum Change {
        DELETED, EDITED
    }
}
