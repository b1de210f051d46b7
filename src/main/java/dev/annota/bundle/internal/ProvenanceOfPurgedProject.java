package dev.annota.bundle.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged project's provenance goes with it, in the purge's transaction (as every module removes its own rows). */
@Component
record ProvenanceOfPurgedProject(ProvenanceStore provenance) {

    @EventListener
    void on(ProjectPurged purged) {
        provenance.remove(purged.tenantId(), purged.projectId());
    }
}
