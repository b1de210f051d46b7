package dev.annota.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of a change of a project's webhook, for the access log: who added, changed,
 * removed or redelivered it, or that the server disabled it ({@code actorId} and {@code actorOrgId} null: the server
 * itself). {@code detail}: the URL's host, the events, the message; never the secret.
 */
public record WebhookChanged(UUID tenantId, Change change, UUID actorId, UUID actorOrgId, UUID projectId, UUID webhookId,
                             String detail, Instant at) {

    public enum Change {
        ADDED, CHANGED, REMOVED, REDELIVERED, DISABLED
    }
}
