package dev.annota.conflict.internal;

import dev.annota.project.ProjectPurged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes a purged project's wall refusals (kept for its managers, who no longer have the project). */
@Component
record WallRefusalsOfPurgedProject(JdbcClient jdbc) {

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from wall_refusals where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }
}
