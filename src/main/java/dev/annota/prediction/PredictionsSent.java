package dev.annota.prediction;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch of a project's items is about to leave the instance for its prediction service: published inside the tenant
 * transaction that hands the batch out, so the access log holds the event of every batch that may have been sent.
 * {@code actorId} is the manager who switched the service on; {@code detail} names the service's host and kind, never
 * a payload.
 */
public record PredictionsSent(UUID tenantId, UUID projectId, UUID serviceId, UUID actorId, UUID actorOrgId, int items,
                              String detail, Instant at) {
}
