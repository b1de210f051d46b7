package dev.annota.audit.internal;

import dev.annota.audit.AuditEvent;
import dev.annota.item.PayloadViewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records each {@link PayloadViewed} in the tenant's access log, synchronously, inside the transaction that shows the
 * payload. A plain {@code @EventListener}, not {@code @ApplicationModuleListener}: an asynchronous listener after
 * commit would leave a window in which a claim is acknowledged (the annotator has the text) while its event is not yet
 * stored, and a crash there would lose it. Here the event and the claim commit together or not at all; if the log
 * cannot be written, the payload is not shown. (An export runs in a read-only transaction; its event commits on its
 * own just before the first payload is streamed: see {@link AuditLog#record}.)
 */
@Component
record PayloadViewRecorder(AuditLog log) {

    @EventListener
    void on(PayloadViewed view) {
        String action = switch (view.purpose()) {
            case CLAIM -> AuditEvent.PAYLOAD_CLAIM;
            case EXPORT -> AuditEvent.PAYLOAD_EXPORT;
            case BROWSE -> AuditEvent.PAYLOAD_BROWSE;
            case IMAGE -> AuditEvent.PAYLOAD_IMAGE;
            case REVIEW -> AuditEvent.PAYLOAD_REVIEW;
            case FEEDBACK -> AuditEvent.PAYLOAD_FEEDBACK;
        };
        log.record(new AuditEvent(view.tenantId(), action, view.viewerId(), view.viewerOrgId(), view.projectId(),
                view.itemId(), view.assignmentId(), view.itemCount(), view.imageId(), view.detail(), view.at()));
    }
}
