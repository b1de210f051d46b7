package dev.annota.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint was signed and stored, published inside the transaction that stores it (AuditLog's one seam for what
 * follows a checkpoint): listeners write in the same transaction, so they commit or roll back with the checkpoint.
 */
record CheckpointSigned(UUID tenantId, long size, String note, Instant at) {
}
