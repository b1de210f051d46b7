package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.WritingPolicyChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's paste policy for its free-text fields (docs/trust.md): the workbench allows a paste, warns about it, or
 * prevents it. A project without a row allows. A change is an administrative act in the owner's access log.
 */
@Component
record PastePolicies(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events, Clock clock) {

    enum Paste { ALLOW, WARN, BLOCK }

    Paste of(Project p) {
        return tenants.read(p.tenantId(), () -> jdbc.sql("select paste from writing_policies where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query(String.class).optional().map(Paste::valueOf).orElse(Paste.ALLOW));
    }

    Paste change(ProjectAccess access, String paste) {
        Projects.requireManage(access);
        Paste policy = Arrays.stream(Paste.values()).filter(v -> v.name().equals(paste)).findFirst()
                .orElseThrow(() -> new Invalid("paste is ALLOW, WARN or BLOCK.").with("field", "paste"));
        Project p = access.project();
        Instant now = Instant.now(clock);
        tenants.write(p.tenantId(), () -> {
            jdbc.sql("delete from writing_policies where tenant_id = ? and project_id = ?").params(p.tenantId(), p.id()).update();
            jdbc.sql("insert into writing_policies (tenant_id, project_id, paste, changed_at) values (?, ?, ?, ?)")
                    .params(p.tenantId(), p.id(), policy.name(), Timestamp.from(now)).update();
            events.publishEvent(new WritingPolicyChanged(p.tenantId(), p.id(), access.caller().id(),
                    access.caller().orgId(), policy.name(), now));
        });
        return policy;
    }

    /** A purged project's policy goes with it (in the purge's transaction). */
    void forget(UUID tenantId, UUID projectId) {
        jdbc.sql("delete from writing_policies where tenant_id = ? and project_id = ?").params(tenantId, projectId).update();
    }
}
