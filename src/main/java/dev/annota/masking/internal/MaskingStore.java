package dev.annota.masking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.annota.project.ProjectPurged;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table project_masking: one row of settings (JSON) per project that set any. */
@Component
record MaskingStore(JdbcClient jdbc) {

    Optional<String> find(UUID tenantId, UUID projectId) {
        return jdbc.sql("select settings from project_masking where tenant_id = ? and project_id = ?")
                .params(tenantId, projectId).query(String.class).optional();
    }

    /** Replaces the settings (delete and insert: the same on H2 and PostgreSQL, under the caller's transaction). */
    void save(UUID tenantId, UUID projectId, String settings, UUID by, Instant at) {
        jdbc.sql("delete from project_masking where tenant_id = ? and project_id = ?").params(tenantId, projectId).update();
        jdbc.sql("insert into project_masking (tenant_id, project_id, settings, changed_by, changed_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, projectId, settings, by, Timestamp.from(at)).update();
    }

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("delete from project_masking where tenant_id = ? and project_id = ?")
                .params(purged.tenantId(), purged.projectId()).update();
    }

    @EventListener
    @Order(0)
    void on(OrganizationDeleted deleted) {
        jdbc.sql("delete from project_masking where tenant_id = ?").param(deleted.orgId()).update();
    }
}
