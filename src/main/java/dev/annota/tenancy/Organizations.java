package dev.annota.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Conflict;
import dev.annota.failure.NotFound;
import dev.annota.tenancy.internal.TenantTables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organizations of this instance. Organizations are platform rows, readable without a tenant. */
@Service
public record Organizations(JdbcClient jdbc, Clock clock, TenantScope tenants, TenantTables tenantTables,
        ApplicationEventPublisher events) {

    /**
     * Deletes a customer or workforce organization and everything it owns. Callers check who may (the organization's
     * admin or the operator's) and the confirmation. In order:
     * <ol>
     *   <li>{@link OrganizationDeletionStarted}, outside any transaction: ties living in other tenants are ended in
     *       those tenants' own transactions (a workforce's engagements, recorded in each customer's log).</li>
     *   <li>One transaction of the organization's own tenant: its row is locked, {@link OrganizationDeleted} lets each
     *       module remove its rows (keys shredded first, users, tokens and sessions, wall settings, the access log's
     *       final event and checkpoint), then every tenant-owned table found in the catalog is emptied of the tenant
     *       and the organization's row goes.</li>
     * </ol>
     * On PostgreSQL every step runs as the application role under row-level security: the tenant's rows are visible
     * exactly inside the tenant's transaction, so nothing here needs a privileged role.
     */
    public OrganizationDeletion delete(UUID orgId, UUID actorId, UUID actorOrgId) {
        Organization org = find(orgId).orElseThrow(() -> new NotFound(null));
        if (org.kind() == OrganizationKind.OPERATOR) {
            throw new IllegalArgumentException("The operator organization is not deleted");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        events.publishEvent(new OrganizationDeletionStarted(orgId, org.kind(), actorId, actorOrgId, now));
        return tenants.write(orgId, () -> {
            jdbc.sql("select id from organizations where id = ? for update").param(orgId).query(UUID.class).optional()
                    .orElseThrow(() -> new NotFound(null));
            events.publishEvent(new OrganizationDeleted(orgId, org.kind(), actorId, actorOrgId, now));
            var rows = tenantTables.deleteAll(orgId);
            jdbc.sql("delete from organizations where id = ?").param(orgId).update();
            return new OrganizationDeletion(orgId, org.kind(), now, rows);
        });
    }

    public Organization create(OrganizationKind kind, String name) {
        return create(Generators.timeBasedEpochGenerator().generate(), kind, name);
    }

    /** With an id chosen beforehand, so the creation can run in the new organization's own tenant transaction. */
    public Organization create(UUID id, OrganizationKind kind, String name) {
        var org = new Organization(id, kind, name.strip(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        try {
            jdbc.sql("insert into organizations (id, kind, name, created_at) values (?, ?, ?, ?)")
                    .params(org.id(), kind.name(), org.name(), java.sql.Timestamp.from(org.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("An organization named '" + org.name() + "' already exists.").with("field", "name");
        }
        return org;
    }

    /**
     * Inside a transaction: whether the organization exists, locking its row so that it cannot be deleted before the
     * transaction ends (a deletion in progress is waited for, and then the answer is false). For work that creates
     * rows of a tenant for the first time (its access log's head), so none outlives the organization's deletion.
     * (FOR UPDATE rather than FOR SHARE: the embedded database has no shared row locks.)
     */
    public boolean holdAgainstDeletion(UUID id) {
        return jdbc.sql("select id from organizations where id = ? for update").param(id).query(UUID.class).optional().isPresent();
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select id, kind, name, created_at from organizations where id = ?")
                .param(id).query(Organizations::map).optional();
    }

    public Optional<Organization> findByName(String name) {
        return jdbc.sql("select id, kind, name, created_at from organizations where name = ?")
                .param(name).query(Organizations::map).optional();
    }

    /** The organizations among {@code ids} that exist, in name order (for lists that show them by name). */
    public List<Organization> named(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, kind, name, created_at from organizations where id in (:ids) order by name")
                .param("ids", ids).query(Organizations::map).list();
    }

    public List<Organization> all() {
        return jdbc.sql("select id, kind, name, created_at from organizations order by name")
                .query(Organizations::map).list();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from organizations").query(Long.class).single() > 0;
    }

    private static Organization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organization(rs.getObject("id", UUID.class), OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }
}
