package dev.annota.prediction.internal;

import java.time.Instant;
import java.util.UUID;

/** A project's prediction service as stored: the API key and the prompt templates still sealed. */
record StoredService(UUID tenantId, UUID id, UUID projectId, ServiceKind kind, String url, String model,
                     String sealedApiKey, String sealedPrompts, boolean enabled, QueueOrder queueOrder, int batchSize, int requestsPerMinute,
                     int generation, UUID cursorItemId, Instant nextRequestAt, String modelVersion, String lastError,
                     Instant lastErrorAt, UUID enabledBy, UUID updatedBy, Instant updatedAt) {
}
