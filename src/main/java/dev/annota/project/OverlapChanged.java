package dev.annota.project;

import java.util.UUID;

/**
 * Published inside the transaction that changes a project's overlap: the item module, which owns the slots, fits the
 * items already imported to the new overlap in the same transaction (new slots open; answers are never discarded).
 */
public record OverlapChanged(UUID tenantId, UUID projectId, int from, int to) {
}
