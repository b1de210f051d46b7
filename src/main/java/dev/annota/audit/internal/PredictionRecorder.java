package dev.annota.audit.internal;

import dev.annota.audit.AuditEvent;
import dev.annota.prediction.PredictionServiceChanged;
import dev.annota.prediction.PredictionsSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends what the prediction module publishes to the project's tenant's log, in the transaction of the act: each
 * batch of items handed to a prediction service (a {@code payload.} action: the items leave the instance), and each
 * change of the service. As {@link PayloadViewRecorder}: a batch that may have been sent is never missing from the log.
 */
@Component
record PredictionRecorder(AuditLog log) {

    @EventListener
    void on(PredictionsSent sent) {
        log.record(new AuditEvent(sent.tenantId(), AuditEvent.PAYLOAD_PREDICT, sent.actorId(), sent.actorOrgId(),
                sent.projectId(), null, null, sent.items(), sent.serviceId(), sent.detail(), sent.at()));
    }

    @EventListener
    void on(PredictionServiceChanged change) {
        String action = switch (change.change()) {
            case CONFIGURED -> AuditEvent.PREDICTION_CONFIGURE;
            case REMOVED -> AuditEvent.PREDICTION_REMOVE;
        };
        log.record(AuditEvent.administrative(change.tenantId(), action, change.actorId(), change.actorOrgId(),
                change.projectId(), change.serviceId(), change.detail(), change.at()));
    }
}
