package dev.annota.work.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged project's paste policy goes with it, in the purge's transaction (the lab's tenant). */
@Component
record WritingPolicyOfPurgedProject(PastePolicies policies) {

    @EventListener
    void on(ProjectPurged purged) {
        policies.forget(purged.tenantId(), purged.projectId());
    }
}
