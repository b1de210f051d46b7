package dev.annota.project;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.failure.Gone;
import dev.annota.failure.Invalid;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Pause, resume, archive, delete, restore and purge a project (docs/projects.md). Each step is an administrative act
 * in the owning tenant's access log ({@link ProjectChanged}), recorded in the step's own transaction. Only the owning
 * organization's admins and managers take them; others get 404 or 403 as everywhere.
 * <p>
 * A deletion hides the project at once and keeps its rows for {@code annota.projects.deletion-grace} (7 days unless
 * configured), during which it can be restored; then the scheduled purge removes every module's rows of it
 * ({@link ProjectPurged}).
 */
@Service
public class ProjectLifeCycle {

    /** The purge is the instance's act, as a re-encryption is: no person took it. */
    private static final UUID SYSTEM = new UUID(0, 0);
    private static final int NOTE_LIMIT = 300;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;

    ProjectLifeCycle(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events, Clock clock,
                     @Value("${annota.projects.deletion-grace:7d}") Duration grace) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.grace = grace;
    }

    /** How long a deleted project can still be restored. */
    public Duration grace() {
        return grace;
    }

    /**
     * No more claims: annotators asking for a task are told the project is paused, with {@code note} when given (one
     * line). A lease already held may still be submitted. Pausing a paused project changes its note.
     */
    public void pause(ProjectAccess access, String note) {
        Projects.requireManage(access);
        Projects.requireWritable(access);
        String line = note == null || note.isBlank() ? null : note.strip();
        if (line != null && (line.length() > NOTE_LIMIT || line.contains("\n") || line.contains("\r"))) {
            throw new Invalid("Invalid pause note", "The note annotators see is one line of at most " + NOTE_LIMIT + " characters.")
                    .with("field", "note");
        }
        change(access, ProjectStatus.PAUSED, line, ProjectChanged.Change.PAUSED, null);
    }

    /** Claims are served again: from a pause, or out of the archive (read-write again). */
    public void resume(ProjectAccess access) {
        Projects.requireManage(access);
        change(access, ProjectStatus.ACTIVE, null, ProjectChanged.Change.RESUMED, null);
    }

    /** Read-only and out of the default lists: no claims, no imports, no schema or settings changes. */
    public void archive(ProjectAccess access) {
        Projects.requireManage(access);
        change(access, ProjectStatus.ARCHIVED, null, ProjectChanged.Change.ARCHIVED, null);
    }

    private void change(ProjectAccess access, ProjectStatus status, String note, ProjectChanged.Change change, String detail) {
        Project p = access.project();
        tenants.write(p.tenantId(), () -> {
            jdbc.sql("update projects set status = ?, status_note = ? where tenant_id = ? and id = ? and deleted_at is null")
                    .params(status.name(), note, p.tenantId(), p.id()).update();
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), change, access.caller().id(), access.caller().orgId(),
                    null, detail, now()));
        });
    }

    /** Hides the project at once (404 for everyone, out of every list) and returns when its rows will be purged. */
    public Instant delete(ProjectAccess access) {
        Projects.requireManage(access);
        Project p = access.project();
        Instant now = now();
        Instant purgeAfter = now.plus(grace);
        tenants.write(p.tenantId(), () -> {
            jdbc.sql("update projects set deleted_at = ? where tenant_id = ? and id = ? and deleted_at is null")
                    .params(Timestamp.from(now), p.tenantId(), p.id()).update();
            jdbc.sql("insert into project_deletions (project_id, tenant_id, deleted_by, deleted_at, purge_after) values (?, ?, ?, ?, ?)")
                    .params(p.id(), p.tenantId(), access.caller().id(), Timestamp.from(now), Timestamp.from(purgeAfter)).update();
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.DELETED, access.caller().id(),
                    access.caller().orgId(), null, "purgeAfter=" + purgeAfter, now));
        });
        return purgeAfter;
    }

    /** When a deleted project will be purged (empty for a project not deleted). */
    public java.util.Optional<Instant> purgeAfter(UUID projectId) {
        return jdbc.sql("select purge_after from project_deletions where project_id = ?").param(projectId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Undoes a deletion within the grace period; after it the project is gone (410). */
    public void restore(ProjectAccess access) {
        Projects.requireManage(access);
        Project p = access.project();
        if (p.deletedAt() == null) {
            throw new Conflict("This project is not deleted.");
        }
        Instant now = now();
        tenants.write(p.tenantId(), () -> {
            int kept = jdbc.sql("delete from project_deletions where project_id = ? and purge_after > ?")
                    .params(p.id(), Timestamp.from(now)).update();
            if (kept == 0) {
                throw new Gone("Deletion final", "The grace period of this deletion has ended; the project is being purged.");
            }
            jdbc.sql("update projects set deleted_at = null where tenant_id = ? and id = ?").params(p.tenantId(), p.id()).update();
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.RESTORED, access.caller().id(),
                    access.caller().orgId(), null, null, now));
        });
    }

    /** A deletion whose grace period has ended. */
    public record DueDeletion(UUID tenantId, UUID projectId) {
    }

    public List<DueDeletion> due() {
        return jdbc.sql("select tenant_id, project_id from project_deletions where purge_after <= ? order by purge_after")
                .param(Timestamp.from(now()))
                .query((rs, n) -> new DueDeletion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /**
     * Removes every row of a deleted project whose grace period ended, in one transaction of its tenant: the modules
     * remove theirs ({@link ProjectPurged}), then the project's own rows go and the purge is logged. A deletion
     * restored in the meantime is left alone. Returns whether the project was purged.
     */
    public boolean purge(DueDeletion deletion) {
        UUID tenant = deletion.tenantId();
        UUID project = deletion.projectId();
        return tenants.write(tenant, () -> {
            var deletedAt = jdbc.sql("select deleted_at from projects where tenant_id = ? and id = ? for update")
                    .params(tenant, project).query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).optional();
            int due = jdbc.sql("delete from project_deletions where project_id = ? and purge_after <= ?")
                    .params(project, Timestamp.from(now())).update();
            if (due == 0 || deletedAt.isEmpty() || deletedAt.get().isEmpty()) {
                return false;
            }
            events.publishEvent(new ProjectPurged(tenant, project));
            jdbc.sql("delete from label_schemas where tenant_id = ? and project_id = ?").params(tenant, project).update();
            jdbc.sql("delete from project_guidelines where tenant_id = ? and project_id = ?").params(tenant, project).update();
            jdbc.sql("delete from engagements where tenant_id = ? and project_id = ?").params(tenant, project).update();
            jdbc.sql("delete from project_shares where tenant_id = ? and project_id = ?").params(tenant, project).update();
            jdbc.sql("delete from project_directory where project_id = ? and tenant_id = ?").params(project, tenant).update();
            jdbc.sql("delete from projects where tenant_id = ? and id = ?").params(tenant, project).update();
            events.publishEvent(new ProjectChanged(tenant, project, ProjectChanged.Change.PURGED, SYSTEM, SYSTEM, null, null, now()));
            return true;
        });
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
