package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the submit's transaction when an annotator's answer was stored (never for a replayed retry).
 * Listeners that need not slow the submit down (review sampling) listen after its commit. {@code gold}: the item was a
 * gold item; {@code missedGold}: and the answer missed its known answer. {@code reworkOf}: for a rework, the review
 * that rejected the answer this one supersedes (null otherwise); {@code round}: 1 for ordinary work.
 * {@code assignmentId}: the lease the answer ended; {@code activeMillis}: the active time the workbench measured on
 * it, bounded by the lease on the server (0 when the client sent none).
 */
public record AnswerSubmitted(UUID tenantId, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId,
                              UUID annotatorOrgId, boolean gold, boolean missedGold, Instant at, UUID reworkOf, int round,
                              UUID assignmentId, long activeMillis) {

    public AnswerSubmitted(UUID tenantId, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId,
                           UUID annotatorOrgId, boolean gold, boolean missedGold, Instant at, UUID reworkOf, int round) {
        this(tenantId, projectId, itemId, annotationId, annotatorId, annotatorOrgId, gold, missedGold, at, reworkOf, round, null, 0);
    }

    public AnswerSubmitted(UUID tenantId, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId,
                           UUID annotatorOrgId, boolean gold, boolean missedGold, Instant at) {
        this(tenantId, projectId, itemId, annotationId, annotatorId, annotatorOrgId, gold, missedGold, at, null, 1);
    }
}
