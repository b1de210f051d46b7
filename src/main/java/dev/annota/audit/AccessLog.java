package dev.annota.audit;

import dev.annota.audit.internal.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Records acts in a tenant's access log. Called inside the transaction of the act (a tenant transaction of the same
 * tenant), the event commits or rolls back with it: an act that happened is never missing from the log. Called
 * outside a transaction, it records in one of its own.
 */
@Service
public record AccessLog(AuditLog log) {

    public void record(AuditEvent event) {
        log.record(event);
    }

    /**
     * The last signed checkpoint of a deleted organization's log (its last event is the deletion), kept after the
     * organization and its events are gone; empty for an organization that was not deleted.
     */
    public java.util.Optional<String> finalCheckpoint(java.util.UUID organizationId) {
        return log.finalCheckpoint(organizationId);
    }

    /**
     * Sequences the tenant's pending events and signs a checkpoint, then gives the project's events in it (canonical
     * lines, oldest first) with their inclusion proofs; returns the signed checkpoint they are proved against.
     */
    public String projectEvents(java.util.UUID tenantId, java.util.UUID projectId,
                                java.util.function.BiConsumer<String, InclusionProof> out) {
        var checkpoint = log.integrate(tenantId);
        log.projectEvents(tenantId, projectId, checkpoint.size(),
                (line, proof) -> out.accept(line, new InclusionProof(proof.index(), proof.size2(), proof.path())));
        return checkpoint.note();
    }

    /** The signature of a project bundle's manifest by the access log key ({@link OfflineProofs#manifestSigned} checks it). */
    public byte[] signManifest(byte[] manifest) {
        return log.sign(OfflineProofs.manifestMessage(manifest));
    }

    /** The instance's Ed25519 access log key (raw 32 bytes). */
    public byte[] publicKey() {
        return log.publicKey();
    }

    /** Payload views of a project per day and viewing organization, oldest first (the access transparency report). */
    public java.util.List<DailyViews> dailyViews(java.util.UUID tenantId, java.util.UUID projectId) {
        return log.dailyViews(tenantId, projectId);
    }

    /** The views of a project's items under a lease (claims and reviews), each once with its first time (leak tracing). */
    public java.util.List<PayloadView> leasedViews(java.util.UUID tenantId, java.util.UUID projectId) {
        return log.leasedViews(tenantId, projectId);
    }
}
