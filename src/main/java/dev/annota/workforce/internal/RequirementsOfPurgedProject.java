package dev.annota.workforce.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged project's requirements go with it, in the purge's transaction (the module owns the table). */
@Component
record RequirementsOfPurgedProject(RequirementStore store) {

    @EventListener
    void on(ProjectPurged e) {
        store.removeAll(e.tenantId(), e.projectId());
    }
}
