package dev.annota.prediction;

import java.time.Instant;
import java.util.UUID;

/** A project's prediction service set (switched on or off, or changed) or removed, in the transaction of the change. */
public record PredictionServiceChanged(UUID tenantId, UUID projectId, UUID serviceId, Change change, UUID actorId,
                                       UUID actorOrgId, String detail, Instant at) {

    public enum Change {
        CONFIGURED, REMOVED
    }
}
